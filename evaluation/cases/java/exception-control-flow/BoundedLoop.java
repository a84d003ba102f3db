package eval.exceptions;

import java.util.List;

public class BoundedLoop {
  public long sum(List<Long> values) {
    long total = 0;
    for (int i = 0; i < values.size(); i++) {
      total += values.get(i);
    }
    return total;
  }
}

package eval.concat;

import java.util.List;

public class ConcatAfterLoop {
  public String summary(List<Integer> values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    String result = "total=";
    result += total;
    return result;
  }
}

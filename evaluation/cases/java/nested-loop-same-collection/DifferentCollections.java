package eval.nested;

import java.util.List;

public class DifferentCollections {
  public int matches(List<String> orders, List<String> shipments) {
    int n = 0;
    for (String o : orders) {
      for (String s : shipments) {
        if (o.equals(s)) {
          n++;
        }
      }
    }
    return n;
  }
}

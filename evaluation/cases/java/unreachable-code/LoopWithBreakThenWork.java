package eval.unreachable;

import java.util.List;

public class LoopWithBreakThenWork {
  public int firstNegative(List<Integer> values) {
    int index = -1;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) < 0) {
        index = i;
        break;
      }
    }
    System.out.println("scanned " + values.size());
    return index;
  }
}

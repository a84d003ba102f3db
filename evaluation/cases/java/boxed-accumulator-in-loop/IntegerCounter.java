package eval.boxing;

import java.util.List;

public class IntegerCounter {
  public int countLong(List<String> words) {
    Integer count = 0;
    for (String w : words) {
      if (w.length() > 10) {
        count++; // expect: boxed-accumulator-in-loop
      }
    }
    return count;
  }
}

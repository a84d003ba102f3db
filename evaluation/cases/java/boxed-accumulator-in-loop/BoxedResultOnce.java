package eval.boxing;

import java.util.List;

public class BoxedResultOnce {
  public Integer longest(List<String> words) {
    int best = 0;
    for (String w : words) {
      best = Math.max(best, w.length());
    }
    Integer result = best;
    return result;
  }
}

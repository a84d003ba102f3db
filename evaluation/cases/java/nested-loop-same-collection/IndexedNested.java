package eval.nested;

import java.util.List;

public class IndexedNested {
  public int closePairs(List<Integer> prices) {
    int pairs = 0;
    for (int i = 0; i < prices.size(); i++) {
      for (int j = 0; j < prices.size(); j++) { // expect: nested-loop-same-collection
        if (i != j && Math.abs(prices.get(i) - prices.get(j)) < 5) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}

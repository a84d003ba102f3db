package eval.nested;

import java.util.ArrayList;
import java.util.List;

public class DuplicatePairs {
  public List<String> duplicates(List<String> emails) {
    List<String> dups = new ArrayList<>();
    for (String a : emails) {
      for (String b : emails) { // expect: nested-loop-same-collection
        if (a != b && a.equalsIgnoreCase(b)) {
          dups.add(a);
        }
      }
    }
    return dups;
  }
}

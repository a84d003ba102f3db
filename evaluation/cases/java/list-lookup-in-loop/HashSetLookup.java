package eval.lookup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class HashSetLookup {
  public List<String> newcomers(List<String> today, List<String> known) {
    Set<String> knownSet = new HashSet<>(known);
    List<String> result = new ArrayList<>();
    for (String user : today) {
      if (!knownSet.contains(user)) {
        result.add(user);
      }
    }
    return result;
  }
}

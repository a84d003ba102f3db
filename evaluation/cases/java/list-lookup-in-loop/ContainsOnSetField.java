package eval.lookup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class ContainsOnSetField {
  private final Set<String> blocked = new HashSet<>();

  public List<String> allowed(List<String> emails) {
    List<String> out = new ArrayList<>();
    for (String e : emails) {
      if (!blocked.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }
}

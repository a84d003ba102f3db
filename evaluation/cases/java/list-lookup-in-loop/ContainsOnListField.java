package eval.lookup;

import java.util.ArrayList;
import java.util.List;

public class ContainsOnListField {
  private final List<String> blocked = new ArrayList<>();

  public void block(String email) {
    blocked.add(email);
  }

  public List<String> allowed(List<String> emails) {
    List<String> out = new ArrayList<>();
    for (String e : emails) {
      if (!blocked.contains(e)) { // expect: list-lookup-in-loop
        out.add(e);
      }
    }
    return out;
  }
}

package eval.lookup;

import java.util.ArrayList;
import java.util.List;

public class ContainsOnList {
  public List<String> newcomers(List<String> today, List<String> known) {
    List<String> result = new ArrayList<>();
    for (String user : today) {
      if (!known.contains(user)) { // expect: list-lookup-in-loop
        result.add(user);
      }
    }
    return result;
  }
}

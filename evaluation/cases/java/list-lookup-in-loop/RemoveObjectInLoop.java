package eval.lookup;

import java.util.LinkedList;
import java.util.List;

public class RemoveObjectInLoop {
  public List<String> withoutBlocked(List<String> users, List<String> blocked) {
    List<String> remaining = new LinkedList<>(users);
    for (String b : blocked) {
      remaining.remove(b); // expect: list-lookup-in-loop
    }
    return remaining;
  }
}

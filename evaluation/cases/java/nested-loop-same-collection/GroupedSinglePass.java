package eval.nested;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GroupedSinglePass {
  public Map<String, Integer> counts(List<String> emails) {
    Map<String, Integer> counts = new HashMap<>();
    for (String e : emails) {
      counts.merge(e.toLowerCase(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      System.out.println(entry.getKey() + " " + entry.getValue());
    }
    return counts;
  }
}

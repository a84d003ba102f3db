package eval.nplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class InMemoryLookupInLoop {
  private final Map<Long, String> nameCache;

  public InMemoryLookupInLoop(Map<Long, String> nameCache) {
    this.nameCache = nameCache;
  }

  public List<String> names(List<Long> ids) {
    List<String> names = new ArrayList<>();
    for (Long id : ids) {
      names.add(nameCache.getOrDefault(id, "?"));
    }
    return names;
  }
}

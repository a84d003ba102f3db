package eval.repeated;

import java.util.List;
import java.util.Map;
import java.util.HashMap;

public class CountPerItem {
  public Map<String, Long> duplicates(List<String> tags) {
    Map<String, Long> result = new HashMap<>();
    tags.forEach(tag -> result.put(tag, tags.stream().filter(tag::equals).count())); // expect: repeated-stream-in-loop
    return result;
  }
}

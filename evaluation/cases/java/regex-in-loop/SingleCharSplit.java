package eval.regex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class SingleCharSplit {
  public Map<String, String> parse(List<String> lines) {
    Map<String, String> pairs = new HashMap<>();
    for (String line : lines) {
      String[] kv = line.split("=");
      String key = kv[0].replace("-", "_");
      pairs.put(key, kv.length > 1 ? kv[1] : "");
    }
    return pairs;
  }
}

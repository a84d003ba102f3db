package eval.cache;

import java.util.HashMap;
import java.util.Map;

public class StaticLookupTable {
  private static final Map<String, Integer> HTTP_CODES = new HashMap<>();

  static {
    HTTP_CODES.put("OK", 200);
    HTTP_CODES.put("NOT_FOUND", 404);
    HTTP_CODES.put("ERROR", 500);
  }

  public int code(String name) {
    return HTTP_CODES.getOrDefault(name, 500);
  }
}

package eval.npe;

import java.util.Map;

public class EarlyReturn {
  public String region(Map<String, String> regions, String user) {
    String region = regions.get(user);
    if (region == null) {
      return "unknown";
    }
    return region.trim();
  }
}

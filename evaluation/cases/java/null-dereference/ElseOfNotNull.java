package eval.npe;

import java.util.Map;

public class ElseOfNotNull {
  public String region(Map<String, String> regions, String user) {
    String region = regions.get(user);
    if (region != null) {
      return region.toUpperCase();
    } else {
      return region.trim(); // expect: null-dereference
    }
  }
}

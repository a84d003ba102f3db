package eval.modified;

import java.util.List;

public class AddWhileIterating {
  public void expand(List<String> hosts) {
    for (String host : hosts) {
      if (!host.startsWith("www.")) {
        hosts.add("www." + host); // expect: modified-during-iteration
      }
    }
  }
}

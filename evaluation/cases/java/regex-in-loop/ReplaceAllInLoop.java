package eval.regex;

import java.util.ArrayList;
import java.util.List;

public class ReplaceAllInLoop {
  public List<String> slugs(List<String> titles) {
    List<String> out = new ArrayList<>();
    for (String t : titles) {
      out.add(t.toLowerCase().replaceAll("[^a-z0-9]+", "-")); // expect: regex-in-loop
    }
    return out;
  }
}

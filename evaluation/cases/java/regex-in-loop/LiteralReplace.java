package eval.regex;

import java.util.ArrayList;
import java.util.List;

public class LiteralReplace {
  public List<String> slugs(List<String> titles) {
    List<String> out = new ArrayList<>();
    for (String t : titles) {
      out.add(t.toLowerCase().replace(' ', '-').replace("--", "-"));
    }
    return out;
  }
}

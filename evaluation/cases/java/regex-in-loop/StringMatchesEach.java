package eval.regex;

import java.util.ArrayList;
import java.util.List;

public class StringMatchesEach {
  public List<String> skus(List<String> codes) {
    List<String> valid = new ArrayList<>();
    for (String code : codes) {
      if (code.matches("[A-Z]{3}-\\d{4}")) { // expect: regex-in-loop
        valid.add(code);
      }
    }
    return valid;
  }
}

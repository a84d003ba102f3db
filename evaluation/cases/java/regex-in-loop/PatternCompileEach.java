package eval.regex;

import java.util.List;
import java.util.regex.Pattern;

public class PatternCompileEach {
  public long countEmails(List<String> lines) {
    long n = 0;
    for (String line : lines) {
      Pattern email = Pattern.compile("[\\w.]+@[\\w.]+"); // expect: regex-in-loop
      if (email.matcher(line).find()) {
        n++;
      }
    }
    return n;
  }
}

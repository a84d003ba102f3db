package eval.regex;

import java.util.List;
import java.util.regex.Pattern;

public class PrecompiledPattern {
  private static final Pattern EMAIL = Pattern.compile("[\\w.]+@[\\w.]+");

  public long countEmails(List<String> lines) {
    long n = 0;
    for (String line : lines) {
      if (EMAIL.matcher(line).find()) {
        n++;
      }
    }
    return n;
  }
}

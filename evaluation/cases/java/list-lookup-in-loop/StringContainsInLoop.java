package eval.lookup;

import java.util.List;

public class StringContainsInLoop {
  public int countWarnings(List<String> lines) {
    int warnings = 0;
    for (String line : lines) {
      if (line.contains("WARN")) {
        warnings++;
      }
    }
    return warnings;
  }
}

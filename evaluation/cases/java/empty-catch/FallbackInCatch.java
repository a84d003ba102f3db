package eval.catches;

import java.time.Duration;
import java.time.format.DateTimeParseException;

public class FallbackInCatch {
  public Duration timeout(String raw) {
    try {
      return Duration.parse(raw);
    } catch (DateTimeParseException e) {
      return Duration.ofSeconds(30);
    }
  }
}

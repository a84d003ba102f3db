package dev.reviewpanel.security.syntax;

import dev.reviewpanel.events.TraceStep;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why code draws a random value, as far as the name it first goes to tells: a multipart boundary, a
 * temporary file name, a cache buster or a retry jitter needs values that differ, not values nobody
 * can guess; a token, password, key, salt or nonce needs both. Read like {@link HashPurpose} reads
 * the names around a hash.
 */
public final class RandomPurpose {

  private static final Pattern UNIQUENESS =
      Pattern.compile(
          "boundary|(^|_)(tmp|temp|tempfile|tempdir)(_|$)|unique|uniq(_|$)|jitter|backoff|delay"
              + "|cache_?bust|(^|_)(color|colour|shuffle|sample)(_|$)");

  private static final Pattern SECRET =
      Pattern.compile(
          "token|passw|secret|(^|_)key(_|$)|salt|nonce|otp|session|csrf|xsrf|(^|_)iv(_|$)"
              + "|(^|_)(code|pin|auth)(_|$)");

  private RandomPurpose() {}

  /**
   * What says the random value of a trace is drawn for uniqueness: the first variable it is
   * assigned to.
   */
  public static Optional<String> uniqueness(List<TraceStep> trace) {
    for (TraceStep step : trace) {
      String label = step.label();
      if (label.startsWith("assigned to ")) {
        String name = label.substring("assigned to ".length());
        return HashPurpose.inNames(name, UNIQUENESS, SECRET)
            .map(reason -> reason.replace("in the names around it", "names what it is drawn for"));
      }
    }
    return Optional.empty();
  }
}

package dev.reviewpanel.security.secrets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges string literals: which look like a real credential and which are placeholders, and which
 * have the shape of a well-known token whatever variable holds them.
 */
public final class SecretValues {

  private static final int MIN_LENGTH = 4;
  // Values that cannot work as a credential: templates, angle-bracket hints, masks, repeats.
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?is)\\$\\{.*}|\\{\\{.*}}|<[^>]*>|%\\(?\\w*\\)?s|\\*+|x+|\\.+|-+|todo|fixme|redacted"
              + "|none|null|nil|undefined|n/?a|(your|my|insert|put|enter)[-_ ]?\\w*[-_ ]?here"
              + "|your[-_ ].*|(.)\\2+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");
  private static final Pattern LABEL = Pattern.compile("[A-Z][a-z]+");
  private static final Pattern IDENTIFIER_LIKE = Pattern.compile("[a-z]+([._-][a-z]+)*");

  /** A known token shape and its label. */
  private record Shape(String label, Pattern pattern) {}

  private static final Shape[] SHAPES = {
    new Shape("AWS access key id", Pattern.compile("(?:AKIA|ASIA)[0-9A-Z]{16}")),
    new Shape("GitHub token", Pattern.compile("gh[pousr]_[A-Za-z0-9]{30,}")),
    new Shape("Slack token", Pattern.compile("xox[abprs]-[A-Za-z0-9-]{10,}")),
    new Shape("OpenAI-style secret key", Pattern.compile("sk-[A-Za-z0-9_-]{20,}")),
    new Shape("Stripe live key", Pattern.compile("[sr]k_live_[A-Za-z0-9]{16,}")),
    new Shape("Google API key", Pattern.compile("AIza[0-9A-Za-z_-]{35}")),
    new Shape("private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    new Shape(
        "JSON web token",
        Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")),
  };

  private SecretValues() {}

  /**
   * True when a literal assigned to a credential-named target is worth reporting: not empty, not a
   * placeholder, not a message (whitespace) and not a key name such as {@code "db.password"}.
   */
  public static boolean isCredential(String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.strip();
    if (trimmed.length() < MIN_LENGTH || PLACEHOLDER.matcher(trimmed).matches()) {
      return false;
    }
    if (tokenShape(trimmed).isPresent()) {
      return true;
    }
    return !WHITESPACE.matcher(trimmed).find() && !looksLikeKeyName(trimmed) && !isLabel(trimmed);
  }

  // password: 'Password' in a table of UI labels names the field; it is not its value.
  private static boolean isLabel(String value) {
    return LABEL.matcher(value).matches() && SecretNames.isSecret(value);
  }

  /** The label of the well-known token shape {@code value} contains, if any. */
  public static Optional<String> tokenShape(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Shape shape : SHAPES) {
      if (shape.pattern().matcher(value).find()) {
        return Optional.of(shape.label());
      }
    }
    return Optional.empty();
  }

  // "db.password" or "x-api-token" is the name of a setting, not its value.
  private static boolean looksLikeKeyName(String value) {
    return IDENTIFIER_LIKE.matcher(value).matches()
        && (value.contains(".") || value.contains("-") || value.contains("_"))
        && SecretNames.isSecret(value);
  }
}

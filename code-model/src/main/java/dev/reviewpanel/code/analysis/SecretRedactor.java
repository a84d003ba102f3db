package dev.reviewpanel.code.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides secrets in text that leaves the worker: snippets, messages, logs. */
public final class SecretRedactor {

  public static final String MASK = "****";

  private static final Pattern ASSIGNED_SECRET =
      Pattern.compile(
          "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth)"
              + "[\\w.\\-]*[\"']?\\s*(?:=|:|,|\\()\\s*[\"'`])([^\"'`]{3,})([\"'`])");
  private static final Pattern WELL_KNOWN_TOKENS =
      Pattern.compile(
          "(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}"
              + "|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"
              + "|-----BEGIN [A-Z ]*PRIVATE KEY-----)");

  // key=value and key: value settings hold secrets unquoted, to the end of the line or a comment
  private static final Pattern UNQUOTED_SETTING =
      Pattern.compile(
          "(?im)^(\\s*(?:-\\s+)?[\\w.\\-\\[\\]]*"
              + "(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key"
              + "|private[_-]?key|credential)"
              + "[\\w.\\-\\[\\]]*\\s*[=:]\\s*)([^\\s\"'#|>][^\\r\\n#]*?)(\\s+#.*)?$");

  // Enough causes for any real chain; also stops a cyclic one.
  private static final int MAX_CAUSES = 16;

  private SecretRedactor() {}

  /** {@code text} with assigned secrets and well-known token formats replaced by {@link #MASK}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    // Each pattern runs only on text holding a word it needs: most snippets hold none, and a
    // case-insensitive search from every position is what redacting cost.
    if (mayHoldAssignedSecret(text)) {
      Matcher assigned = ASSIGNED_SECRET.matcher(text);
      result = assigned.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    }
    return mayHoldWellKnownToken(result)
        ? WELL_KNOWN_TOKENS.matcher(result).replaceAll(MASK)
        : result;
  }

  // Every name ASSIGNED_SECRET starts with holds one of these (its (?i) folds ASCII letters only).
  private static final String[] SECRET_NAME_PARTS = {
    "pass", "pwd", "secret", "token", "key", "credential", "auth"
  };

  static boolean mayHoldAssignedSecret(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String part : SECRET_NAME_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  // The fixed start of each alternative of WELL_KNOWN_TOKENS (case-sensitive like it).
  private static final String[] TOKEN_STARTS = {"AKIA", "gh", "xox", "sk-", "eyJ", "-----BEGIN "};

  static boolean mayHoldWellKnownToken(String text) {
    for (String start : TOKEN_STARTS) {
      if (text.contains(start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} from a file of {@code language} with secrets hidden: for configuration files
   * (properties, YAML) the unquoted values of secret-named settings too, which in code would be
   * expressions worth showing.
   */
  public static String redact(String text, Language language) {
    String redacted = redact(text);
    if (redacted == null || language == null || language.kind() != Language.Kind.CONFIGURATION) {
      return redacted;
    }
    return UNQUOTED_SETTING
        .matcher(redacted)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1) + MASK + (m.group(3) == null ? "" : m.group(3))));
  }

  /**
   * A copy of {@code error} fit for logs: every message in the cause chain redacted, the original
   * class names and stack traces kept. Exception messages can quote the source under review.
   */
  public static RuntimeException redacted(Throwable error) {
    return copy(error, MAX_CAUSES);
  }

  private static Redacted copy(Throwable error, int causesLeft) {
    Throwable cause = error.getCause();
    Redacted copy =
        new Redacted(
            error.getClass().getName(),
            redact(error.getMessage()),
            cause == null || cause == error || causesLeft == 0
                ? null
                : copy(cause, causesLeft - 1));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /** Stands in for a logged exception; its message starts with the original class name. */
  private static final class Redacted extends RuntimeException {

    Redacted(String type, String message, Throwable cause) {
      super(message == null ? type : type + ": " + message, cause, false, true);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}

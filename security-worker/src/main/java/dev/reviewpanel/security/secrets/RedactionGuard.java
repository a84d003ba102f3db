package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SecretRedactor;

/**
 * Checks that a finding about a secret will not publish it: the runtime builds snippets from the
 * reported lines and redacts them with {@link SecretRedactor}, which cannot know every shape.
 */
public final class RedactionGuard {

  private RedactionGuard() {}

  /**
   * Reports a hard-coded secret on {@code begin..end} with the secret masked in the snippet, unless
   * the snippet would still show it (a secret spread over lines, an escape the source spells
   * differently): a missed finding is better than a leaked credential.
   */
  public static void report(
      Rule rule,
      ParsedFile file,
      Findings findings,
      int begin,
      int end,
      String secret,
      String message) {
    if (!wouldLeak(file, begin, end, secret)) {
      findings.reportSecret(rule, begin, end, message, secret.strip());
    }
  }

  /**
   * True when some line of {@code begin..end} would still show {@code secret}, or a piece of it,
   * once the secret is masked and the line redacted.
   */
  public static boolean wouldLeak(ParsedFile file, int begin, int end, String secret) {
    String needle = secret.strip();
    for (int line = begin; line <= end; line++) {
      String shown =
          SecretRedactor.redact(
              file.line(line).replace(needle, SecretRedactor.MASK), file.language());
      if (shown.contains(needle) || (begin != end && partOf(shown, needle))) {
        return true;
      }
    }
    return false;
  }

  // a multi-line literal shows a line of the secret on each line of the snippet
  private static boolean partOf(String shown, String secret) {
    for (String piece : secret.split("\\R")) {
      if (piece.strip().length() >= 4 && shown.contains(piece.strip())) {
        return true;
      }
    }
    return false;
  }
}

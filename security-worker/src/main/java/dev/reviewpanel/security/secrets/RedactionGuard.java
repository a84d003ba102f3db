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
   * Reports a hard-coded secret on {@code begin..end}, unless the published snippet would still
   * show it: a missed finding is better than a leaked credential.
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
      findings.report(rule, begin, end, message);
    }
  }

  /** True when some line of {@code begin..end} would still show {@code secret} after redaction. */
  public static boolean wouldLeak(ParsedFile file, int begin, int end, String secret) {
    String needle = secret.strip();
    for (int line = begin; line <= end; line++) {
      if (SecretRedactor.redact(file.line(line)).contains(needle)) {
        return true;
      }
    }
    return false;
  }
}

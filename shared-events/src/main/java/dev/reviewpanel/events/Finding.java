package dev.reviewpanel.events;

/**
 * One problem an agent found.
 *
 * @param fingerprint stable across runs: agent, rule, path and normalized code, never line numbers
 * @param cwe CWE identifier such as {@code CWE-89}, or null where none applies
 * @param snippet the offending code, with secrets redacted
 */
public record Finding(
    String fingerprint,
    String agent,
    String ruleId,
    String category,
    String cwe,
    Severity severity,
    Confidence confidence,
    String title,
    String message,
    String recommendation,
    Location location,
    String snippet,
    FindingOrigin origin) {

  public Finding {
    if (origin == null) {
      origin = FindingOrigin.RULE;
    }
    if (confidence == null) {
      confidence = Confidence.MEDIUM;
    }
  }
}

package dev.reviewpanel.events;

import java.util.List;

/**
 * One problem an agent found.
 *
 * @param fingerprint stable across runs: agent, rule, path and normalized code, never line numbers
 * @param cwe CWE identifier such as {@code CWE-89}, or null where none applies
 * @param snippet the offending code, with secrets redacted
 * @param trace for taint findings, the path from source to sink (SARIF {@code codeFlows}); empty
 *     otherwise
 * @param suppression why the finding is reported but not counted, or null when it counts
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
    FindingOrigin origin,
    List<TraceStep> trace,
    Suppression suppression) {

  public Finding {
    if (origin == null) {
      origin = FindingOrigin.RULE;
    }
    if (confidence == null) {
      confidence = Confidence.MEDIUM;
    }
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  /** A finding without a trace, not suppressed. */
  public Finding(
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
    this(
        fingerprint,
        agent,
        ruleId,
        category,
        cwe,
        severity,
        confidence,
        title,
        message,
        recommendation,
        location,
        snippet,
        origin,
        List.of(),
        null);
  }

  /** True when the finding is reported but out of the decision (see {@link Suppression}). */
  public boolean suppressed() {
    return suppression != null;
  }

  /** This finding with {@code suppression} set. */
  public Finding withSuppression(Suppression suppression) {
    return new Finding(
        fingerprint,
        agent,
        ruleId,
        category,
        cwe,
        severity,
        confidence,
        title,
        message,
        recommendation,
        location,
        snippet,
        origin,
        trace,
        suppression);
  }

  /** This finding with {@code trace} as its path from source to sink. */
  public Finding withTrace(List<TraceStep> trace) {
    return new Finding(
        fingerprint,
        agent,
        ruleId,
        category,
        cwe,
        severity,
        confidence,
        title,
        message,
        recommendation,
        location,
        snippet,
        origin,
        trace,
        suppression);
  }

  /** This finding with another message, e.g. one that names other agents that reported it. */
  public Finding withMessage(String message) {
    return new Finding(
        fingerprint,
        agent,
        ruleId,
        category,
        cwe,
        severity,
        confidence,
        title,
        message,
        recommendation,
        location,
        snippet,
        origin,
        trace,
        suppression);
  }
}

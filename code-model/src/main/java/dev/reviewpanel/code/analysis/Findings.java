package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.config.IgnoreComments;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.TraceStep;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what analyzers report for one file: fills in agent, path, snippet and a fingerprint,
 * redacts secrets, keeps only changed lines, drops exact repeats, and applies the {@link
 * TestCodePolicy} so findings in test code are quieter whichever analyzer made them.
 */
public final class Findings {

  private static final int MAX_SNIPPET_CHARS = 300;
  // Messages may quote code; a cap keeps redaction's regexes and the wire size bounded.
  private static final int MAX_MESSAGE_CHARS = 1_000;

  /** Reported where a {@code review-panel-ignore} comment names a rule but gives no reason. */
  public static final Rule SUPPRESSION_WITHOUT_REASON =
      new Rule(
          "review-panel.suppression-without-reason",
          "suppression",
          null,
          Severity.LOW,
          Confidence.HIGH,
          "Suppression without a reason",
          "Say why after a colon, e.g. review-panel-ignore[java.weak-hash]: checksum of a cache"
              + " key, not a password. Without a reason the finding it names is still counted.");

  private final String agent;
  private final ParsedFile file;
  private final ReviewPolicy policy;
  private final Map<String, Finding> byKey = new LinkedHashMap<>();
  private final TestCodePolicy.Mode testCodeMode;
  private final String testCodePattern;
  private int suppressedOffDiff;
  private int droppedInTestCode;

  /** Findings under the {@link TestCodePolicy#DEFAULTS default} test-code policy. */
  public Findings(String agent, ParsedFile file) {
    this(agent, file, ReviewPolicy.DEFAULT, TestCodePolicy.DEFAULTS);
  }

  /** Findings judged by the repository's {@code policy}: configuration, comments, baseline. */
  public Findings(String agent, ParsedFile file, ReviewPolicy policy) {
    this(agent, file, policy, TestCodePolicy.DEFAULTS);
  }

  public Findings(String agent, ParsedFile file, TestCodePolicy testCode) {
    this(agent, file, ReviewPolicy.DEFAULT, testCode);
  }

  /**
   * Findings judged by the repository's {@code policy} (configuration, comments, baseline) and
   * reported as {@code testCode} says in test code.
   */
  public Findings(String agent, ParsedFile file, ReviewPolicy policy, TestCodePolicy testCode) {
    this.agent = agent;
    this.file = file;
    this.policy = policy;
    this.testCodeMode = testCode.mode();
    this.testCodePattern =
        testCode
            .including(policy.config().testCodePatterns())
            .appliesTo(agent, file.path())
            .orElse(null);
  }

  /** The repository's policy these findings are judged by: its configuration among others. */
  public ReviewPolicy policy() {
    return policy;
  }

  /** Reports {@code rule} on lines {@code startLine..endLine} with a specific message. */
  public void report(Rule rule, int startLine, int endLine, String message) {
    report(rule, startLine, endLine, message, null, List.of());
  }

  /**
   * Reports a flow finding with its trace from source to sink (the steps may be in other files of
   * the review).
   */
  public void report(Rule rule, int startLine, int endLine, String message, List<TraceStep> trace) {
    report(rule, startLine, endLine, message, null, trace);
  }

  /**
   * Reports a finding about a secret: {@code secret} is masked wherever the snippet would show it,
   * whatever the shape of the line, before the usual redaction.
   */
  public void reportSecret(Rule rule, int startLine, int endLine, String message, String secret) {
    report(
        rule,
        startLine,
        endLine,
        message,
        secret == null || secret.isBlank() ? null : secret,
        List.of());
  }

  private void report(
      Rule rule, int startLine, int endLine, String message, String secret, List<TraceStep> trace) {
    if (!file.source().isChanged(startLine)) {
      suppressedOffDiff++;
      return;
    }
    Severity severity = rule.severity();
    Confidence confidence = rule.confidence();
    if (testCodePattern != null) {
      if (testCodeMode == TestCodePolicy.Mode.OFF) {
        droppedInTestCode++;
        return;
      }
      severity = severity == null || severity.atLeast(Severity.LOW) ? Severity.LOW : severity;
      confidence = Confidence.LOW;
      message =
          (message == null ? rule.title() + "." : message)
              + " Reported at LOW: test code (the path matches '"
              + testCodePattern
              + "').";
    }
    String snippet = snippet(startLine, endLine);
    String fingerprint = fingerprint(rule.id(), normalize(snippet));
    if (secret != null) {
      snippet = snippet.replace(secret, SecretRedactor.MASK);
    }
    ReviewPolicy.Verdict verdict =
        policy.judge(rule.id(), rule.category(), severity, fingerprint, startLine, comments());
    Finding finding =
        new Finding(
            fingerprint,
            agent,
            rule.id(),
            rule.category(),
            rule.cwe(),
            verdict.severity(),
            confidence,
            rule.title(),
            SecretRedactor.redact(bounded(message)),
            rule.recommendation(),
            new Location(file.path(), startLine, Math.max(startLine, endLine)),
            SecretRedactor.redact(snippet, file.language()),
            FindingOrigin.RULE,
            trace,
            verdict.suppression());
    byKey.putIfAbsent(fingerprint + "@" + startLine, finding);
    if (verdict.reasonless() != null) {
      IgnoreComments.Directive directive = verdict.reasonless();
      report(
          SUPPRESSION_WITHOUT_REASON,
          directive.line(),
          "review-panel-ignore["
              + rule.id()
              + "] gives no reason, so the "
              + rule.id()
              + " finding on line "
              + startLine
              + " is still counted.");
    }
  }

  // Read once per file, and only for a file with findings.
  private IgnoreComments comments() {
    return file.derived(IgnoreComments.class, f -> IgnoreComments.scan(f::line, f.lineCount()));
  }

  /** Reports {@code rule} on one line. */
  public void report(Rule rule, int line, String message) {
    report(rule, line, line, message);
  }

  public List<Finding> toList() {
    return new ArrayList<>(byKey.values());
  }

  /** How many findings were dropped because they sat outside the diff's changed lines. */
  public int suppressedOffDiff() {
    return suppressedOffDiff;
  }

  /** How many findings the test-code policy left out ({@link TestCodePolicy.Mode#OFF}). */
  public int droppedInTestCode() {
    return droppedInTestCode;
  }

  private String snippet(int startLine, int endLine) {
    StringBuilder text = new StringBuilder();
    int last = Math.min(Math.max(startLine, endLine), startLine + 4);
    for (int n = startLine; n <= last; n++) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(file.line(n).strip());
    }
    return text.length() > MAX_SNIPPET_CHARS
        ? text.substring(0, MAX_SNIPPET_CHARS) + "…"
        : text.toString();
  }

  private static String bounded(String message) {
    return message == null || message.length() <= MAX_MESSAGE_CHARS
        ? message
        : message.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }

  private String fingerprint(String ruleId, String normalizedCode) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(agent, ruleId, file.path(), normalizedCode)) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

package dev.reviewpanel.code.analysis;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
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
 * redacts secrets, keeps only changed lines, and drops exact repeats.
 */
public final class Findings {

  private static final int MAX_SNIPPET_CHARS = 300;
  // Messages may quote code; a cap keeps redaction's regexes and the wire size bounded.
  private static final int MAX_MESSAGE_CHARS = 1_000;

  private final String agent;
  private final ParsedFile file;
  private final Map<String, Finding> byKey = new LinkedHashMap<>();
  private int suppressedOffDiff;

  public Findings(String agent, ParsedFile file) {
    this.agent = agent;
    this.file = file;
  }

  /** Reports {@code rule} on lines {@code startLine..endLine} with a specific message. */
  public void report(Rule rule, int startLine, int endLine, String message) {
    report(rule, startLine, endLine, message, List.of());
  }

  /**
   * Reports a flow finding with its trace from source to sink (the steps may be in other files of
   * the review).
   */
  public void report(Rule rule, int startLine, int endLine, String message, List<TraceStep> trace) {
    if (!file.source().isChanged(startLine)) {
      suppressedOffDiff++;
      return;
    }
    String snippet = snippet(startLine, endLine);
    String fingerprint = fingerprint(rule.id(), normalize(snippet));
    Finding finding =
        new Finding(
            fingerprint,
            agent,
            rule.id(),
            rule.category(),
            rule.cwe(),
            rule.severity(),
            rule.confidence(),
            rule.title(),
            SecretRedactor.redact(bounded(message)),
            rule.recommendation(),
            new Location(file.path(), startLine, Math.max(startLine, endLine)),
            SecretRedactor.redact(snippet),
            FindingOrigin.RULE,
            trace,
            null);
    byKey.putIfAbsent(fingerprint + "@" + startLine, finding);
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

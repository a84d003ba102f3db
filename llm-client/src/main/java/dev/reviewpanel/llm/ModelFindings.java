package dev.reviewpanel.llm;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SecretRedactor;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns what the model proposed for one chunk into findings, the way rules report them (same
 * fingerprint scheme, snippet, redaction) but with {@code origin: LLM}, the model's confidence and
 * a rule id {@code <agent>.llm.<category>}. Proposals on lines the file does not have, off the
 * diff's changed lines, or without the required fields are dropped and counted by reason.
 */
final class ModelFindings {

  static final String INVENTED_LINE = "invented_line";
  static final String OUTSIDE_DIFF = "outside_diff";
  static final String INVALID = "invalid";

  private final ReviewPolicy policy;
  private final List<Finding> accepted = new ArrayList<>();
  private final Map<String, Integer> dropped = new TreeMap<>();

  ModelFindings() {
    this(ReviewPolicy.DEFAULT);
  }

  ModelFindings(ReviewPolicy policy) {
    this.policy = policy;
  }

  List<Finding> accepted() {
    return accepted;
  }

  /** Dropped proposals by reason: invented_line, outside_diff, invalid. */
  Map<String, Integer> dropped() {
    return dropped;
  }

  /**
   * Takes the proposals for {@code chunk}; {@code shift} moves their line numbers, for an answer
   * given when the same code started {@code shift} lines earlier.
   */
  void add(String agent, Chunk chunk, List<JsonNode> proposals, int shift) {
    for (JsonNode p : proposals) {
      String reason = accept(agent, chunk, p, shift);
      if (reason != null) {
        dropped.merge(reason, 1, Integer::sum);
      }
    }
  }

  private String accept(String agent, Chunk chunk, JsonNode p, int shift) {
    JsonNode startNode = p.has("startLine") ? p.path("startLine") : p.path("line");
    if (!p.isObject() || !startNode.canConvertToInt()) {
      return INVALID;
    }
    if (!sameFile(text(p, "path"), chunk.file().path())) {
      return INVENTED_LINE; // a file this request never showed
    }
    int start = startNode.asInt() + shift;
    int end = p.path("endLine").canConvertToInt() ? p.path("endLine").asInt() + shift : start;
    if (start < 1 || start > chunk.file().lineCount()) {
      return INVENTED_LINE;
    }
    end = Math.min(Math.max(start, end), chunk.file().lineCount());
    if (!chunk.file().source().isChanged(start)) {
      return OUTSIDE_DIFF;
    }
    Severity severity = enumValue(Severity.class, text(p, "severity"));
    String title = text(p, "title");
    String message = text(p, "message");
    if (severity == null || (title == null && message == null)) {
      return INVALID;
    }
    Confidence confidence = confidence(p.get("confidence"));
    String category = category(text(p, "category"));
    String cwe = text(p, "cwe");
    Rule rule =
        new Rule(
            agent + ".llm." + category,
            category,
            cwe != null && cwe.matches("CWE-\\d+") ? cwe : null,
            severity,
            confidence == null ? Confidence.LOW : confidence,
            SecretRedactor.redact(title == null ? message : title),
            SecretRedactor.redact(text(p, "recommendation")));
    Findings collector = new Findings(agent, chunk.file(), policy);
    collector.report(rule, start, end, message == null ? title : message);
    for (Finding f : collector.toList()) {
      accepted.add(asModelFinding(f));
    }
    return null;
  }

  private static Finding asModelFinding(Finding f) {
    return new Finding(
        f.fingerprint(),
        f.agent(),
        f.ruleId(),
        f.category(),
        f.cwe(),
        f.severity(),
        f.confidence(),
        f.title(),
        f.message(),
        f.recommendation(),
        f.location(),
        f.snippet(),
        FindingOrigin.LLM,
        f.trace(),
        f.suppression());
  }

  // The request showed one file: a path that names it by a suffix ("Accounts.java") is that file.
  private static boolean sameFile(String claimed, String path) {
    if (claimed == null) {
      return true;
    }
    String c = claimed.replace('\\', '/').replaceFirst("^\\./", "");
    return c.equals(path) || path.endsWith("/" + c) || c.endsWith("/" + path);
  }

  // Models answer "HIGH", "high" or a probability such as 0.8.
  private static Confidence confidence(JsonNode value) {
    if (value != null && value.isNumber()) {
      double p = value.asDouble();
      return p >= 0.8 ? Confidence.HIGH : p >= 0.5 ? Confidence.MEDIUM : Confidence.LOW;
    }
    return value == null || value.isNull() ? null : enumValue(Confidence.class, value.asString(""));
  }

  private static String category(String raw) {
    String c =
        raw == null
            ? ""
            : raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return c.isEmpty() ? "general" : c.length() > 40 ? c.substring(0, 40) : c;
  }

  private static String text(JsonNode p, String field) {
    JsonNode v = p.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asString("").strip();
    return s.isEmpty() ? null : s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

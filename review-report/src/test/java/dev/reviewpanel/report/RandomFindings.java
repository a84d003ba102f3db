package dev.reviewpanel.report;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random findings shaped like real ones: four agents with their own rules, CWEs and
 * categories, severities skewed towards the mild, files and lines from small pools so that root
 * causes collide across agents, some taint traces and some suppressions.
 */
public final class RandomFindings {

  private record Rule(String agent, String id, String category, String cwe) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("security", "java.sql-injection", "injection", "CWE-89"),
          new Rule("security", "js.xss", "xss", "CWE-79"),
          new Rule("security", "py.path-traversal", "path-traversal", "CWE-22"),
          new Rule("security", "java.weak-hash", "crypto", "CWE-328"),
          new Rule("bug", "java.null-dereference", "correctness", null),
          new Rule("bug", "llm.sql-injection", "injection", "CWE-89"),
          new Rule("bug", "py.broad-except", "error-handling", "CWE-396"),
          new Rule("performance", "java.query-in-loop", "n-plus-one", null),
          new Rule("performance", "js.regex-in-loop", "regex", null),
          new Rule("performance", "llm.xss", "xss", "CWE-79"),
          new Rule("accessibility", "html.positive-tabindex", "keyboard", null));

  private final Random random;
  private final int files;
  private int sequence;

  public RandomFindings(long seed, int files) {
    this.random = new Random(seed);
    this.files = Math.max(1, files);
  }

  public Random random() {
    return random;
  }

  public List<Finding> findings(int n) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      findings.add(next());
    }
    return findings;
  }

  public Finding next() {
    Rule rule = RULES.get(random.nextInt(RULES.size()));
    String path = "src/main/java/shop/File" + random.nextInt(files) + ".java";
    int line = 1 + random.nextInt(60);
    Finding finding =
        new Finding(
            rule.agent() + ":" + rule.id() + ":" + path + ":" + line + ":" + sequence++,
            rule.agent(),
            rule.id(),
            rule.category(),
            rule.cwe(),
            severity(),
            Confidence.values()[random.nextInt(3)],
            rule.id() + " title",
            "The "
                + rule.id()
                + " rule matched: the value from line "
                + line
                + " reaches the call.",
            "Apply the documented fix for " + rule.id() + ": bind, encode or bound the value.",
            Location.line(path, line),
            "sink(value" + line + ");",
            random.nextInt(5) == 0 ? FindingOrigin.LLM : FindingOrigin.RULE,
            random.nextInt(7) == 0 ? trace(path, line) : List.of(),
            null);
    return random.nextInt(10) == 0
        ? finding.withSuppression(
            new Suppression(
                Suppression.Kind.values()[random.nextInt(3)], "accepted: " + finding.ruleId()))
        : finding;
  }

  private Severity severity() {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return Severity.CRITICAL;
    }
    if (roll < 20) {
      return Severity.HIGH;
    }
    if (roll < 55) {
      return Severity.MEDIUM;
    }
    return roll < 85 ? Severity.LOW : Severity.INFO;
  }

  private List<TraceStep> trace(String path, int line) {
    return List.of(
        new TraceStep(path, Math.max(1, line - 5), TraceStep.Kind.SOURCE, "request parameter 'q'"),
        new TraceStep(path, Math.max(1, line - 2), TraceStep.Kind.STEP, "passed to find(q)"),
        new TraceStep(path, line, TraceStep.Kind.SINK, "reaches the query"));
  }
}

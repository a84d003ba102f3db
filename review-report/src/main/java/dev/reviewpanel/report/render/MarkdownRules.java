package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each rule's recommendation once, however many findings the rule has, most severe rule first. */
final class MarkdownRules {

  static final int MAX_RULES = 40;
  static final int MAX_RECOMMENDATION = 400;

  private MarkdownRules() {}

  static String render(List<Finding> findings) {
    // findings come ranked, so a rule's first finding is its most severe
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    findings.stream()
        .filter(f -> !f.suppressed())
        .forEach(f -> byRule.computeIfAbsent(ruleOf(f), r -> new ArrayList<>()).add(f));
    if (byRule.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("## Recommendations\n\n");
    int shown = 0;
    for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
      if (shown++ == MAX_RULES) {
        md.append("- … and ").append(byRule.size() - MAX_RULES);
        md.append(" more rules: their recommendations are in the JSON and SARIF reports.\n");
        break;
      }
      Finding first = rule.getValue().get(0);
      md.append("- ").append(MarkdownText.code(rule.getKey()));
      md.append(" **").append(MarkdownText.inline(first.title())).append("**");
      if (first.cwe() != null) {
        md.append(" (").append(MarkdownText.inline(first.cwe())).append(')');
      }
      int n = rule.getValue().size();
      md.append(", ").append(n).append(n == 1 ? " finding" : " findings").append(": ");
      String advice = recommendation(rule.getValue());
      md.append(MarkdownText.inline(MarkdownText.shorten(advice, MAX_RECOMMENDATION))).append('\n');
    }
    return md.append('\n').toString();
  }

  static String ruleOf(Finding finding) {
    return finding.ruleId() == null ? "unknown" : finding.ruleId();
  }

  private static String recommendation(List<Finding> findings) {
    return findings.stream()
        .map(Finding::recommendation)
        .filter(r -> r != null && !r.isBlank())
        .findFirst()
        .orElse("no recommendation given");
  }
}

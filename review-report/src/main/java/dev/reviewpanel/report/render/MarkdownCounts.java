package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The count table at the top of the Markdown: severity by agent, suppressed findings apart. */
final class MarkdownCounts {

  private MarkdownCounts() {}

  static String render(ReviewReport report) {
    List<Finding> counted = report.findings().stream().filter(f -> !f.suppressed()).toList();
    Set<String> agents = new LinkedHashSet<>();
    report.agents().forEach(a -> agents.add(a.agent()));
    counted.forEach(f -> agents.add(agentOf(f)));
    List<String> columns = new ArrayList<>(agents);
    StringBuilder md = new StringBuilder("| Severity |");
    columns.forEach(agent -> md.append(' ').append(MarkdownText.inline(agent)).append(" |"));
    md.append(" Total |\n|---|");
    columns.forEach(agent -> md.append("---:|"));
    md.append("---:|\n");
    int[] totals = new int[columns.size() + 1];
    for (Severity severity : Severity.values()) {
      md.append("| ").append(severity).append(" |");
      int row = 0;
      for (int i = 0; i < columns.size(); i++) {
        String agent = columns.get(i);
        int n =
            (int)
                counted.stream()
                    .filter(f -> f.severity() == severity && agentOf(f).equals(agent))
                    .count();
        totals[i] += n;
        row += n;
        md.append(' ').append(n).append(" |");
      }
      totals[columns.size()] += row;
      md.append(' ').append(row).append(" |\n");
    }
    md.append("| **Total** |");
    for (int total : totals) {
      md.append(' ').append(total).append(" |");
    }
    md.append("\n\n");
    long suppressed = report.findings().size() - counted.size();
    if (suppressed > 0) {
      md.append(suppressed)
          .append(" suppressed finding(s) are not counted and not listed here;")
          .append(" the JSON and SARIF reports carry them with their justification.\n\n");
    }
    return md.toString();
  }

  static String agentOf(Finding finding) {
    return finding.agent() == null || finding.agent().isBlank() ? "unknown" : finding.agent();
  }
}

package dev.reviewpanel.coordinator.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.SourceRef;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A report as Markdown for a pull-request comment: verdict and risk, counts by severity, findings
 * grouped by severity, and how each agent fared.
 */
@Component
public class MarkdownReportRenderer {

  public String render(ReviewReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# Review ").append(report.reviewId()).append("\n\n");
    md.append("**Verdict:** ").append(report.decision());
    md.append(" · **Risk:** ").append(report.riskScore()).append("/100");
    md.append(" · **Status:** ").append(report.status()).append("\n\n");
    appendSource(md, report.source());
    if (report.summary() != null && !report.summary().isBlank()) {
      md.append(report.summary().strip()).append("\n\n");
    }
    md.append("| Severity | Findings |\n|---|---:|\n");
    for (Severity severity : Severity.values()) {
      md.append("| ").append(severity).append(" | ");
      md.append(report.counts().getOrDefault(severity, countOf(report, severity))).append(" |\n");
    }
    md.append('\n');
    if (report.findings().isEmpty()) {
      md.append("No findings.\n\n");
    }
    for (Severity severity : Severity.values()) {
      List<Finding> group =
          report.findings().stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      md.append("## ").append(severity).append(" (").append(group.size()).append(")\n\n");
      group.forEach(finding -> appendFinding(md, finding));
    }
    appendAgents(md, report);
    return md.toString();
  }

  private static void appendSource(StringBuilder md, SourceRef source) {
    if (source == null) {
      return;
    }
    StringBuilder line = new StringBuilder();
    append(line, "Repository", source.repository());
    append(line, "Pull request", source.pullRequest());
    append(line, "Commit", source.commit());
    append(line, "Ref", source.ref());
    if (!line.isEmpty()) {
      md.append(line).append("\n\n");
    }
  }

  private static void append(StringBuilder line, String label, String value) {
    if (value != null && !value.isBlank()) {
      line.append(line.isEmpty() ? "" : " · ").append(label).append(": ").append(code(value));
    }
  }

  private static void appendFinding(StringBuilder md, Finding finding) {
    md.append("### ").append(inline(finding.title())).append("\n\n");
    if (finding.location() != null) {
      md.append("- **Where:** ")
          .append(code(finding.location().path() + ":" + finding.location().startLine()))
          .append('\n');
    }
    md.append("- **Rule:** ").append(code(finding.ruleId()));
    if (finding.cwe() != null) {
      md.append(" (").append(finding.cwe()).append(')');
    }
    md.append(" · **Agent:** ").append(finding.agent());
    md.append(" · **Confidence:** ").append(finding.confidence()).append("\n\n");
    if (finding.message() != null) {
      md.append(finding.message().strip()).append("\n\n");
    }
    if (finding.snippet() != null && !finding.snippet().isBlank()) {
      String fence = fenceFor(finding.snippet());
      md.append(fence).append('\n').append(finding.snippet().stripTrailing()).append('\n');
      md.append(fence).append("\n\n");
    }
    if (finding.recommendation() != null && !finding.recommendation().isBlank()) {
      md.append("**Recommendation:** ").append(finding.recommendation().strip()).append("\n\n");
    }
  }

  private static void appendAgents(StringBuilder md, ReviewReport report) {
    md.append("## Agents\n\n| Agent | Status | Findings | Duration |\n|---|---|---:|---:|\n");
    for (ReviewReport.AgentSummary agent : report.agents()) {
      md.append("| ").append(cell(agent.agent())).append(" | ").append(agent.status());
      md.append(" | ").append(agent.findings()).append(" | ");
      md.append(agent.durationMs()).append(" ms |\n");
    }
  }

  private static int countOf(ReviewReport report, Severity severity) {
    return (int) report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  // a fence longer than any backtick run inside, so code under review cannot close it
  private static String fenceFor(String snippet) {
    int longest = 0;
    int run = 0;
    for (char c : snippet.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private static String code(String text) {
    String clean = text == null ? "" : text.replace('\n', ' ');
    return clean.contains("`") ? "`` " + clean + " ``" : "`" + clean + "`";
  }

  private static String inline(String text) {
    return text == null ? "(untitled)" : text.replace('\n', ' ').strip();
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|");
  }
}

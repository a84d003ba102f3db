package dev.reviewpanel.report.render;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;

/**
 * A report as Markdown for a pull-request comment: verdict and risk, a count table (severity by
 * agent), the panel's votes, the findings grouped by file then severity (the most severe in full,
 * the rest collapsed per file), each rule's recommendation once, the files not analyzed and how
 * each agent fared. It stays within {@value #GITHUB_COMMENT_LIMIT} characters, GitHub's comment
 * limit: what does not fit is counted and the reader pointed to the complete JSON and SARIF.
 */
public final class MarkdownReportRenderer {

  /** The most characters GitHub accepts in one comment. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  /** The default budget, below the limit so a gateway can wrap the report. */
  public static final int DEFAULT_BUDGET = 60_000;

  private final int budget;

  public MarkdownReportRenderer() {
    this(DEFAULT_BUDGET);
  }

  /**
   * @param budget the most characters the rendering may have
   */
  public MarkdownReportRenderer(int budget) {
    if (budget < 2_000) {
      throw new IllegalArgumentException("a Markdown budget below 2,000 characters: " + budget);
    }
    this.budget = budget;
  }

  public String render(ReviewReport report) {
    StringBuilder head = new StringBuilder();
    head.append("# Review ").append(MarkdownText.inline(report.reviewId())).append("\n\n");
    head.append("**Verdict:** ").append(report.decision());
    head.append(" · **Risk:** ").append(report.riskScore()).append("/100");
    head.append(" · **Status:** ").append(report.status()).append("\n\n");
    appendSource(head, report.source());
    if (report.summary() != null && !report.summary().isBlank()) {
      for (String line : report.summary().strip().split("\n")) {
        head.append(MarkdownText.inline(line)).append("  \n");
      }
      head.append('\n');
    }
    head.append(MarkdownCounts.render(report));
    head.append(MarkdownPanel.render(report.panel()));
    String tail =
        MarkdownRules.render(report.findings())
            + MarkdownCoverage.render(report.notAnalyzed())
            + agents(report);
    int room = budget - head.length() - tail.length() - MarkdownFindings.FOOTER_RESERVE;
    String findings = new MarkdownFindings(report, room).render();
    String markdown = head + findings + tail;
    return markdown.length() <= budget ? markdown : cut(markdown, report.reviewId());
  }

  // the fixed parts alone overflow only with pathological input; never exceed the budget anyway
  private String cut(String markdown, String reviewId) {
    String note =
        "\n\n> **This report was cut at "
            + budget
            + " characters.** The complete report: "
            + MarkdownFindings.whereToFind(reviewId)
            + "\n";
    return markdown.substring(0, budget - note.length()) + note;
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
      line.append(line.isEmpty() ? "" : " · ").append(label).append(": ");
      line.append(MarkdownText.code(value));
    }
  }

  private static String agents(ReviewReport report) {
    if (report.agents().isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("## Agents\n\n");
    md.append("| Agent | Status | Findings | Duration | Note |\n|---|---|---:|---:|---|\n");
    for (ReviewReport.AgentSummary agent : report.agents()) {
      md.append("| ").append(MarkdownText.inline(agent.agent()));
      md.append(" | ").append(agent.status());
      md.append(" | ").append(agent.findings());
      md.append(" | ").append(agent.durationMs()).append(" ms | ");
      md.append(MarkdownText.inline(MarkdownText.shorten(agent.note(), 200))).append(" |\n");
    }
    return md.append('\n').toString();
  }
}

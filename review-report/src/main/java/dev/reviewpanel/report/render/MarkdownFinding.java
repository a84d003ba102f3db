package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.TraceStep;
import java.util.Locale;

/** One finding in Markdown: in full (message, snippet, trace) or as one line. */
final class MarkdownFinding {

  static final int MAX_MESSAGE = 600;
  static final int MAX_LINE_MESSAGE = 80;
  static final int MAX_TRACE_STEPS = 8;

  private MarkdownFinding() {}

  static void full(StringBuilder md, Finding finding) {
    md.append("**").append(MarkdownText.inline(title(finding))).append("** · ");
    md.append(where(finding)).append(" · ").append(MarkdownText.code(rule(finding)));
    if (finding.cwe() != null) {
      md.append(" (").append(MarkdownText.inline(finding.cwe())).append(')');
    }
    md.append(" · ").append(MarkdownText.inline(finding.agent()));
    md.append(" · confidence ").append(finding.confidence()).append("\n\n");
    if (finding.message() != null && !finding.message().isBlank()) {
      md.append(MarkdownText.inline(MarkdownText.shorten(finding.message(), MAX_MESSAGE)));
      md.append("\n\n");
    }
    if (finding.snippet() != null && !finding.snippet().isBlank()) {
      String fence = MarkdownText.fence(finding.snippet());
      md.append(fence).append('\n').append(finding.snippet().stripTrailing()).append('\n');
      md.append(fence).append("\n\n");
    }
    trace(md, finding);
  }

  static void line(StringBuilder md, Finding finding) {
    md.append("- L").append(finding.location() == null ? "?" : finding.location().startLine());
    // the rule's title and recommendation are listed once, under Recommendations
    md.append(' ').append(MarkdownText.code(rule(finding)));
    md.append(" (").append(MarkdownText.inline(finding.agent())).append(')');
    if (finding.message() != null && !finding.message().isBlank()) {
      md.append(": ");
      md.append(MarkdownText.inline(MarkdownText.shorten(finding.message(), MAX_LINE_MESSAGE)));
    }
    md.append('\n');
  }

  private static void trace(StringBuilder md, Finding finding) {
    if (finding.trace().isEmpty()) {
      return;
    }
    md.append("Path:\n\n");
    int n = 0;
    for (TraceStep step : finding.trace()) {
      if (n++ == MAX_TRACE_STEPS) {
        md.append("   … ").append(finding.trace().size() - MAX_TRACE_STEPS);
        md.append(" more steps (in the SARIF code flow)\n");
        break;
      }
      md.append(n).append(". ").append(MarkdownText.code(step.path() + ":" + step.line()));
      md.append(' ').append(step.kind().name().toLowerCase(Locale.ROOT)).append(": ");
      md.append(MarkdownText.inline(step.label())).append('\n');
    }
    md.append('\n');
  }

  private static String where(Finding finding) {
    return finding.location() == null ? "line ?" : "line " + finding.location().startLine();
  }

  private static String title(Finding finding) {
    return finding.title() == null ? rule(finding) : finding.title();
  }

  private static String rule(Finding finding) {
    return finding.ruleId() == null ? "unknown" : finding.ruleId();
  }
}

package dev.reviewpanel.gateway.summary;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary comment: verdict, what is new, what sits outside the diff, what is still open, what
 * was resolved and what was not reviewed, then the hidden state. Lists are capped so the comment
 * stays within the providers' size limits; the full report has everything.
 */
final class SummaryRenderer {

  static final int LIST_LIMIT = 50;
  private static final String BANNER_START = "<!-- review-panel:banner -->";
  private static final String BANNER_END = "<!-- /review-panel:banner -->";

  private SummaryRenderer() {}

  static String render(SummaryView view, SummaryState state) {
    ReviewReport report = view.report();
    StringBuilder out = new StringBuilder(Markers.SUMMARY).append('\n');
    out.append("### Review Panel · ").append(verdict(report.decision())).append("\n\n");
    out.append('`').append(shortSha(view.sha())).append("` · risk ").append(report.riskScore());
    out.append("/100 · ").append(counts(report)).append(" · status ").append(report.status());
    if (view.reportUrl() != null) {
      out.append(" · [full report](").append(view.reportUrl()).append(')');
    }
    out.append("\n\n");
    section(out, "New on this push, commented inline", items(view.commented()));
    if (view.anchorFailure() != null) {
      out.append("_The provider refused inline comments (")
          .append(FindingText.oneLine(view.anchorFailure()))
          .append("); they are listed here instead._\n\n");
    }
    section(
        out,
        "Outside the diff (on lines this pull request does not add)",
        details(view.outsideDiff()));
    section(out, "Still open, commented on an earlier push", items(view.alreadyCommented()));
    List<String> resolved = new ArrayList<>();
    view.resolved().values().forEach(label -> resolved.add("~~" + label + "~~"));
    section(out, "Resolved", resolved);
    section(out, "Not reviewed", notReviewed(view));
    if (view.suppressed() > 0) {
      out.append(view.suppressed()).append(" suppressed finding(s) are not counted.\n\n");
    }
    if (report.summary() != null && !report.summary().isBlank()) {
      out.append("<details><summary>Summary</summary>\n\n")
          .append(report.summary().strip())
          .append("\n\n</details>\n\n");
    }
    return out.append(Markers.state(state)).append('\n').toString();
  }

  /** The last summary with a banner saying which commit is being reviewed now. */
  static String inProgress(String previous, SummaryState state, String sha) {
    String banner =
        BANNER_START
            + "\n> ⏳ Reviewing `"
            + shortSha(sha)
            + "`…"
            + (state.reviewedSha() == null
                ? ""
                : " The results below are for `" + shortSha(state.reviewedSha()) + "`.")
            + "\n"
            + BANNER_END
            + "\n\n";
    String body = previous == null ? "" : withoutBannerAndState(previous);
    if (body.isBlank()) {
      body = "### Review Panel\n\n";
    }
    return Markers.SUMMARY + "\n" + banner + body.strip() + "\n\n" + Markers.state(state) + "\n";
  }

  private static String withoutBannerAndState(String body) {
    String text = body.replace(Markers.SUMMARY, "");
    int start = text.indexOf(BANNER_START);
    int end = text.indexOf(BANNER_END);
    if (start >= 0 && end > start) {
      text = text.substring(0, start) + text.substring(end + BANNER_END.length());
    }
    int state = text.lastIndexOf("<!-- review-panel:state ");
    return state < 0 ? text : text.substring(0, state);
  }

  private static List<String> notReviewed(SummaryView view) {
    List<String> lines = new ArrayList<>();
    if (view.notReviewed() == null) {
      lines.add(
          "_the files left out of this review were not recorded (the summary was edited or reset)_");
    } else {
      view.notReviewed().forEach(f -> lines.add("`" + f.path() + "`: " + f.reason()));
    }
    for (NotAnalyzed file : view.report().notAnalyzed()) {
      String reason = file.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      lines.add(
          "`"
              + file.path()
              + "`: "
              + (file.partial() ? "partly analyzed, " : "not analyzed, ")
              + reason
              + (file.detail() == null ? "" : " (" + FindingText.oneLine(file.detail()) + ")"));
    }
    return lines;
  }

  private static List<String> items(List<Finding> findings) {
    return findings.stream().map(FindingText::item).toList();
  }

  private static List<String> details(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                FindingText.item(f)
                    + (f.message() == null ? "" : ": " + FindingText.oneLine(f.message())))
        .toList();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("**").append(title).append("** (").append(lines.size()).append(")\n");
    lines.stream().limit(LIST_LIMIT).forEach(line -> out.append("- ").append(line).append('\n'));
    if (lines.size() > LIST_LIMIT) {
      out.append("- … and ").append(lines.size() - LIST_LIMIT).append(" more in the full report\n");
    }
    out.append('\n');
  }

  private static String counts(ReviewReport report) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      Integer count = report.counts().get(severity);
      if (count != null && count > 0) {
        parts.add(count + " " + severity.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return parts.isEmpty() ? "no findings" : String.join(", ", parts);
  }

  private static String verdict(ReviewReport.Decision decision) {
    if (decision == null) {
      return "no verdict";
    }
    return switch (decision) {
      case APPROVE -> "✅ Approved";
      case REQUEST_CHANGES -> "⚠️ Changes requested";
      case REJECT -> "❌ Rejected";
    };
  }

  static String shortSha(String sha) {
    return sha == null ? "?" : sha.substring(0, Math.min(12, sha.length()));
  }
}

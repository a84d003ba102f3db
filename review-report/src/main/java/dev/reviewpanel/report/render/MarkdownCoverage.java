package dev.reviewpanel.report.render;

import dev.reviewpanel.events.NotAnalyzed;
import java.util.List;
import java.util.Locale;

/** The short "Not analyzed" section: each file with why, and which agents could not read it. */
final class MarkdownCoverage {

  static final int MAX_ROWS = 25;

  private MarkdownCoverage() {}

  static String render(List<NotAnalyzed> entries) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder("## Not analyzed (").append(entries.size()).append(")\n\n");
    md.append("| File | Reason | Detail | Agents |\n|---|---|---|---|\n");
    for (NotAnalyzed entry : entries.subList(0, Math.min(MAX_ROWS, entries.size()))) {
      md.append("| ").append(MarkdownText.cellCode(entry.path()));
      md.append(" | ").append(reason(entry));
      md.append(" | ").append(MarkdownText.inline(MarkdownText.shorten(entry.detail(), 160)));
      md.append(" | ");
      md.append(
          entry.agents().isEmpty()
              ? "all (at intake)"
              : MarkdownText.inline(String.join(", ", entry.agents())));
      md.append(" |\n");
    }
    if (entries.size() > MAX_ROWS) {
      md.append("\n… and ").append(entries.size() - MAX_ROWS);
      md.append(" more: the JSON report lists every file (`notAnalyzed`), and SARIF as tool");
      md.append(" execution notifications.\n");
    }
    return md.append('\n').toString();
  }

  private static String reason(NotAnalyzed entry) {
    String words =
        entry.reason() == null
            ? "unknown"
            : entry.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String line = entry.line() == null ? "" : " (line " + entry.line() + ")";
    return words + line + (entry.partial() ? ", partly analyzed" : "");
  }
}

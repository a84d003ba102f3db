package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings section within a character budget: the most severe findings in full, grouped by file
 * then severity; the rest one line each in a collapsed {@code <details>} block per file, most
 * severe file first. Blocks that do not fit are left out whole, counted, and the reader is told
 * where the complete list is.
 */
final class MarkdownFindings {

  static final int INLINE = 10;
  static final int FOOTER_RESERVE = 600;

  private final ReviewReport report;
  private final int room;
  private int omittedFindings;
  private int omittedFiles;

  MarkdownFindings(ReviewReport report, int room) {
    this.report = report;
    this.room = room;
  }

  static String whereToFind(String reviewId) {
    return "`GET /api/reviews/"
        + reviewId
        + "/report` as JSON or SARIF (`Accept: application/sarif+json`), or `review-panel"
        + " analyze --format json|sarif` offline.";
  }

  String render() {
    List<Finding> counted = report.findings().stream().filter(f -> !f.suppressed()).toList();
    StringBuilder md = new StringBuilder("## Findings\n\n");
    if (counted.isEmpty()) {
      return md.append("No findings.\n\n").toString();
    }
    List<Finding> inline = counted.subList(0, Math.min(INLINE, counted.size()));
    List<Finding> rest = counted.subList(inline.size(), counted.size());
    if (!rest.isEmpty()) {
      md.append("The ").append(inline.size()).append(" most severe findings in full; the other ");
      md.append(rest.size()).append(" are collapsed per file below.\n\n");
    }
    for (Map.Entry<String, List<Finding>> file : byFile(inline).entrySet()) {
      fit(md, full(file.getKey(), file.getValue()), file.getValue().size());
    }
    if (!rest.isEmpty()) {
      md.append("### More findings (").append(rest.size()).append(")\n\n");
      List<Map.Entry<String, List<Finding>>> files = new ArrayList<>(byFile(rest).entrySet());
      files.sort(Comparator.comparing(e -> worst(e.getValue())));
      for (Map.Entry<String, List<Finding>> file : files) {
        fit(md, collapsed(file.getKey(), file.getValue()), file.getValue().size());
      }
    }
    if (omittedFindings > 0) {
      md.append("> **").append(omittedFindings).append(" more finding(s) in ");
      md.append(omittedFiles).append(" file(s) are not shown** to keep this report under");
      md.append(" GitHub's 65,536-character comment limit. Every finding is in ");
      md.append(whereToFind(report.reviewId())).append("\n\n");
    }
    return md.toString();
  }

  private void fit(StringBuilder md, String block, int findings) {
    if (omittedFindings == 0 && md.length() + block.length() <= room) {
      md.append(block);
    } else {
      // once something is left out, later blocks are too, so what is shown stays in rank order
      omittedFindings += findings;
      omittedFiles++;
    }
  }

  private static Map<String, List<Finding>> byFile(List<Finding> findings) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    findings.forEach(f -> byFile.computeIfAbsent(path(f), p -> new ArrayList<>()).add(f));
    byFile.values().forEach(list -> list.sort(Comparator.comparing(MarkdownFindings::severity)));
    return byFile;
  }

  private static String full(String path, List<Finding> findings) {
    StringBuilder md = new StringBuilder("### ").append(MarkdownText.code(path)).append("\n\n");
    Severity current = null;
    for (Finding finding : findings) {
      if (severity(finding) != current) {
        current = severity(finding);
        md.append("#### ").append(current).append("\n\n");
      }
      MarkdownFinding.full(md, finding);
    }
    return md.toString();
  }

  private static String collapsed(String path, List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(severity(f), 1, Integer::sum));
    List<String> tally = new ArrayList<>();
    counts.forEach((s, n) -> tally.add(n + " " + s.name().toLowerCase(Locale.ROOT)));
    StringBuilder md = new StringBuilder("<details><summary><code>");
    md.append(MarkdownText.html(path)).append("</code>: ").append(String.join(", ", tally));
    md.append("</summary>\n");
    Severity current = null;
    for (Finding finding : findings) {
      if (severity(finding) != current) {
        current = severity(finding);
        md.append("\n**").append(current).append("**\n\n");
      }
      MarkdownFinding.line(md, finding);
    }
    return md.append("\n</details>\n\n").toString();
  }

  private static Severity worst(List<Finding> findings) {
    return findings.stream().map(MarkdownFindings::severity).min(Comparator.naturalOrder()).get();
  }

  static Severity severity(Finding finding) {
    return finding.severity() == null ? Severity.INFO : finding.severity();
  }

  static String path(Finding finding) {
    return finding.location() == null || finding.location().path() == null
        ? "(no file)"
        : finding.location().path();
  }
}

package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the plain-text summary of a report: the verdict line, the top three issues, how each agent
 * fared, what completed agents left out, which files were not analyzed and why, and a note when
 * parts of the code went unreviewed. A review no agent applied to says plainly that nothing was
 * analyzed.
 */
public final class SummaryWriter {

  static final int TOP_ISSUES = 3;
  static final int FILES_NAMED = 5;

  private SummaryWriter() {}

  /**
   * What a summary is written from.
   *
   * @param findings deduplicated and ranked, best first; suppressed ones are counted apart
   * @param caveats what agents that completed left out, e.g. "bug: 1 analyzer failed on 1 file"
   * @param notAnalyzed files not analyzed, merged by path and reason
   */
  public record Facts(
      Status status,
      Decision decision,
      int risk,
      Map<Severity, Integer> counts,
      List<Finding> findings,
      List<AgentSummary> agents,
      List<String> caveats,
      List<NotAnalyzed> notAnalyzed) {}

  public static String write(Facts facts) {
    if (facts.agents().isEmpty()) {
      // an approval of nothing must not read like a clean bill of health
      String none =
          verdictWord(facts.decision())
              + ": nothing to review; risk "
              + facts.risk()
              + "/100.\nNote: no agent applies to the submitted files, so nothing was analyzed.";
      return facts.notAnalyzed().isEmpty() ? none : none + "\n" + notAnalyzed(facts.notAnalyzed());
    }
    List<Finding> counted = facts.findings().stream().filter(f -> !f.suppressed()).toList();
    List<String> lines = new ArrayList<>();
    lines.add(verdict(facts.status(), facts.decision(), facts.risk(), facts.counts(), counted));
    if (!counted.isEmpty()) {
      lines.add("Top issues:");
      for (int i = 0; i < Math.min(TOP_ISSUES, counted.size()); i++) {
        lines.add((i + 1) + ". " + issue(counted.get(i)));
      }
    }
    String suppressed = SuppressedCounts.sentence(facts.findings());
    if (!suppressed.isEmpty()) {
      lines.add(suppressed);
    }
    lines.add(AgentLine.write(facts.agents()));
    if (!facts.caveats().isEmpty()) {
      lines.add("Caveats: " + String.join("; ", facts.caveats()) + ".");
    }
    if (!facts.notAnalyzed().isEmpty()) {
      lines.add(notAnalyzed(facts.notAnalyzed()));
    }
    if (facts.status() != Status.COMPLETE) {
      lines.add(AgentLine.gapNote(facts.status(), facts.agents(), facts.notAnalyzed()));
    }
    return String.join("\n", lines);
  }

  /** "Not analyzed (2): src/A.java (parse error at line 3; security, bug), web/x.min.js (...)." */
  static String notAnalyzed(List<NotAnalyzed> entries) {
    List<String> named = new ArrayList<>();
    for (NotAnalyzed entry : entries.subList(0, Math.min(FILES_NAMED, entries.size()))) {
      String why = entry.detail() != null ? entry.detail() : reasonWords(entry.reason());
      String agents = entry.agents().isEmpty() ? "" : "; " + String.join(", ", entry.agents());
      named.add(entry.path() + " (" + why + agents + ")");
    }
    int more = entries.size() - named.size();
    return "Not analyzed ("
        + entries.size()
        + "): "
        + String.join(", ", named)
        + (more > 0 ? " and " + more + " more" : "")
        + ".";
  }

  static String reasonWords(NotAnalyzed.Reason reason) {
    return reason == null
        ? "unknown reason"
        : reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String verdict(
      Status status,
      Decision decision,
      int risk,
      Map<Severity, Integer> counts,
      List<Finding> findings) {
    String what =
        status == Status.FAILED && findings.isEmpty()
            ? "no agent completed the review"
            : countsPhrase(counts);
    return verdictWord(decision) + ": " + what + "; risk " + risk + "/100.";
  }

  static String countsPhrase(Map<Severity, Integer> counts) {
    List<String> parts = new ArrayList<>();
    int last = 0;
    for (Severity severity : Severity.values()) {
      int n = counts.getOrDefault(severity, 0);
      if (n > 0) {
        parts.add(n + " " + severity.name().toLowerCase(Locale.ROOT));
        last = n;
      }
    }
    if (parts.isEmpty()) {
      return "no findings";
    }
    // the noun agrees with the nearest number: "2 critical and 1 high finding"
    return AgentLine.enumerate(parts) + (last == 1 ? " finding" : " findings");
  }

  private static String verdictWord(Decision decision) {
    return switch (decision) {
      case REJECT -> "Rejected";
      case REQUEST_CHANGES -> "Changes requested";
      case APPROVE -> "Approved";
    };
  }

  private static String issue(Finding finding) {
    String title = finding.title() != null ? finding.title() : finding.ruleId();
    String where =
        finding.location() == null
            ? "unknown location"
            : finding.location().path() + ":" + finding.location().startLine();
    return "[" + finding.severity() + "] " + title + " (" + where + ", " + finding.agent() + ")";
  }
}

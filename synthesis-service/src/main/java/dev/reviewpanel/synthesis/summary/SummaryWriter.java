package dev.reviewpanel.synthesis.summary;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
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
 * fared, what completed agents left out, and a note when parts of the code went unreviewed. A
 * review no agent applied to says plainly that nothing was analyzed.
 */
public final class SummaryWriter {

  static final int TOP_ISSUES = 3;

  private SummaryWriter() {}

  /**
   * @param findings deduplicated and ranked, best first
   * @param caveats what agents that completed left out, e.g. "bug: 1 analyzer failed on 1 file"
   */
  public static String write(
      Status status,
      Decision decision,
      int risk,
      Map<Severity, Integer> counts,
      List<Finding> findings,
      List<AgentSummary> agents,
      List<String> caveats) {
    if (agents.isEmpty()) {
      // an approval of nothing must not read like a clean bill of health
      return verdictWord(decision)
          + ": nothing to review; risk "
          + risk
          + "/100.\nNote: no agent applies to the submitted files, so nothing was analyzed.";
    }
    List<String> lines = new ArrayList<>();
    lines.add(verdict(status, decision, risk, counts, findings));
    if (!findings.isEmpty()) {
      lines.add("Top issues:");
      for (int i = 0; i < Math.min(TOP_ISSUES, findings.size()); i++) {
        lines.add((i + 1) + ". " + issue(findings.get(i)));
      }
    }
    lines.add(AgentLine.write(agents));
    if (!caveats.isEmpty()) {
      lines.add("Caveats: " + String.join("; ", caveats) + ".");
    }
    if (status != Status.COMPLETE) {
      lines.add(AgentLine.gapNote(status, agents));
    }
    return String.join("\n", lines);
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

  /** Agent states in words. */
  static final class AgentLine {

    private AgentLine() {}

    static String write(List<AgentSummary> agents) {
      return "Agents: " + String.join(", ", agents.stream().map(AgentLine::state).toList()) + ".";
    }

    static String gapNote(Status status, List<AgentSummary> agents) {
      if (status == Status.FAILED) {
        return "Note: no agent completed, so the code was not reviewed; it cannot be approved.";
      }
      List<String> gaps =
          agents.stream()
              .filter(a -> a.status() != AgentOutcome.COMPLETED)
              .map(a -> a.agent() + " " + outcome(a.status()))
              .toList();
      return "Note: this review is partial ("
          + enumerate(gaps)
          + "); the code those agents cover was not fully reviewed.";
    }

    static String enumerate(List<String> parts) {
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1))
          + " and "
          + parts.get(parts.size() - 1);
    }

    private static String state(AgentSummary agent) {
      boolean showCount = agent.status() == AgentOutcome.COMPLETED || agent.findings() > 0;
      return agent.agent()
          + " "
          + outcome(agent.status())
          + (showCount ? " (" + agent.findings() + ")" : "");
    }

    private static String outcome(AgentOutcome outcome) {
      return switch (outcome) {
        case COMPLETED -> "completed";
        case FAILED -> "failed";
        case TIMED_OUT -> "timed out";
      };
    }
  }
}

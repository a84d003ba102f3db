package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.report.coverage.Coverage;
import java.util.List;

/** Agent states in words. */
final class AgentLine {

  private AgentLine() {}

  static String write(List<AgentSummary> agents) {
    return "Agents: " + String.join(", ", agents.stream().map(AgentLine::state).toList()) + ".";
  }

  static String gapNote(Status status, List<AgentSummary> agents, List<NotAnalyzed> files) {
    if (status == Status.FAILED) {
      return "Note: no agent completed, so the code was not reviewed; it cannot be approved.";
    }
    List<String> gaps =
        agents.stream()
            .filter(a -> a.status() != AgentOutcome.COMPLETED)
            .map(a -> a.agent() + " " + outcome(a.status()))
            .toList();
    if (gaps.isEmpty()) {
      long missing = files.stream().filter(f -> Coverage.isGap(f.reason())).count();
      return "Note: this review is partial: "
          + missing
          + " file(s) listed above were not fully analyzed.";
    }
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

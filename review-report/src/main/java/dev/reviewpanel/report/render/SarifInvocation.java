package dev.reviewpanel.report.render;

import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.report.coverage.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's {@code invocation}: whether the agent completed, and one tool execution notification per
 * file it did not analyze (files no agent got count for every run), with the reason.
 */
final class SarifInvocation {

  private SarifInvocation() {}

  static Map<String, Object> of(ReviewReport report, String agent) {
    boolean successful =
        report.agents().stream()
            .filter(a -> agent.equals(a.agent()))
            .allMatch(a -> a.status() == AgentOutcome.COMPLETED);
    List<Object> notifications = new ArrayList<>();
    for (NotAnalyzed entry : report.notAnalyzed()) {
      if (entry.agents().isEmpty() || entry.agents().contains(agent)) {
        notifications.add(notification(entry));
      }
    }
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", successful);
    invocation.put("toolExecutionNotifications", notifications);
    return invocation;
  }

  private static Map<String, Object> notification(NotAnalyzed entry) {
    String reason = entry.reason() == null ? "UNKNOWN" : entry.reason().name();
    String words = reason.toLowerCase(Locale.ROOT).replace('_', ' ');
    String text =
        entry.path()
            + (entry.partial() ? " was partly analyzed: " : " was not analyzed: ")
            + words
            + (entry.detail() == null ? "" : " (" + entry.detail() + ")");
    Map<String, Object> notification = new LinkedHashMap<>();
    notification.put(
        "level", entry.reason() != null && Coverage.isGap(entry.reason()) ? "warning" : "note");
    notification.put("message", Map.of("text", text));
    notification.put("descriptor", Map.of("id", reason));
    if (entry.path() != null) {
      int line = entry.line() == null ? 1 : entry.line();
      notification.put(
          "locations",
          List.of(
              Map.of("physicalLocation", SarifResult.physical(entry.path(), line, line, null))));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("reason", reason);
    properties.put("partial", entry.partial());
    properties.put("agents", entry.agents());
    notification.put("properties", properties);
    return notification;
  }
}

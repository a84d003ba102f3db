package dev.reviewpanel.local.submit;

import dev.reviewpanel.events.ReviewEvent;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live progress of a review's agents: on a terminal one line per agent, redrawn in place as events
 * arrive; elsewhere (pipes, CI logs) one plain line per change.
 */
final class AgentBoard {

  private static final class Lane {
    int tasks;
    int started;
    int completed;
    int failed;
    int findings;
    long durationMs;

    String describe() {
      String state =
          completed + failed == tasks && tasks > 0
              ? (failed > 0 ? "failed   " : "completed")
              : started > 0 ? "running  " : "waiting  ";
      String line =
          String.format(
              "%s  %d/%d task(s)  %d finding(s)", state, completed + failed, tasks, findings);
      return durationMs > 0 && state.startsWith("completed")
          ? line + "  " + durationMs + " ms"
          : line;
    }
  }

  private final PrintStream out;
  private final boolean terminal;
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private int drawn;

  AgentBoard(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void on(ReviewEvent event) {
    Map<String, Object> data = event.data();
    switch (event.type()) {
      case PLANNED -> {
        if (data.get("tasksByAgent") instanceof Map<?, ?> byAgent) {
          byAgent.forEach(
              (agent, tasks) -> lane(agent.toString()).tasks = ((Number) tasks).intValue());
        } else if (data.get("agents") instanceof List<?> agents) {
          agents.forEach(agent -> lane(agent.toString()).tasks = 1);
        }
        if (!terminal) {
          out.println(
              "planned: "
                  + lanes.keySet().stream()
                      .map(a -> a + " (" + lanes.get(a).tasks + " task(s))")
                      .toList());
        }
      }
      case AGENT_STARTED -> lane(event.agent()).started++;
      case AGENT_COMPLETED, AGENT_FAILED -> {
        Lane lane = lane(event.agent());
        if (event.type() == ReviewEvent.Type.AGENT_FAILED) {
          lane.failed++;
        } else {
          lane.completed++;
        }
        // FINDING events are capped per task; the completed task's count is not
        if (data.get("findings") instanceof Number findings) {
          lane.findings += findings.intValue();
        }
        if (data.get("durationMs") instanceof Number duration) {
          lane.durationMs = Math.max(lane.durationMs, duration.longValue());
        }
        if (!terminal) {
          out.println(event.agent() + ": " + lane.describe().replaceAll("\\s+", " ").strip());
        }
      }
      default -> {
        // ACCEPTED, FINDING and REPORT_READY: the summary follows
      }
    }
    if (terminal) {
      redraw();
    }
  }

  private Lane lane(String agent) {
    return lanes.computeIfAbsent(agent == null ? "?" : agent, a -> new Lane());
  }

  private void redraw() {
    if (drawn > 0) {
      out.print("\033[" + drawn + "A");
    }
    for (Map.Entry<String, Lane> lane : lanes.entrySet()) {
      out.printf("\r\033[2K  %-12s %s%n", lane.getKey(), lane.getValue().describe());
    }
    drawn = lanes.size();
    out.flush();
  }
}

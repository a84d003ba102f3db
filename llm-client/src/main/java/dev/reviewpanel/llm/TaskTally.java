package dev.reviewpanel.llm;

import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.AgentResult.LlmUsage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one task's review spent and left out; confined to the thread running the task. */
final class TaskTally {

  private final LlmSettings settings;
  private final String model;
  int requests;
  long inputTokens;
  long outputTokens;
  int dropped;
  final List<String> unreviewed = new ArrayList<>();
  private final Set<String> notes = new LinkedHashSet<>();
  private LlmStatus status = LlmStatus.REVIEWED;
  private boolean budgetSpent;

  TaskTally(LlmSettings settings, String model) {
    this.settings = settings;
    this.model = model;
  }

  long tokens() {
    return inputTokens + outputTokens;
  }

  void note(String note) {
    notes.add(note);
  }

  /** Marks the result degraded (provider failure or open circuit): rule findings stand alone. */
  void degrade(String why) {
    status = LlmStatus.DEGRADED;
    note(why);
  }

  void budgetExhausted(String why) {
    budgetSpent = true;
    note(why);
  }

  LlmUsage usage() {
    LlmStatus s = status;
    if (s != LlmStatus.DEGRADED) {
      s =
          budgetSpent && requests == 0
              ? LlmStatus.BUDGET_EXHAUSTED
              : unreviewed.isEmpty() ? LlmStatus.REVIEWED : LlmStatus.PARTIAL;
    }
    String note = notes.isEmpty() ? null : String.join("; ", notes);
    if (!unreviewed.isEmpty()) {
      String list = String.join(", ", unreviewed.stream().limit(20).toList());
      note =
          (note == null ? "" : note + ". ")
              + "Not reviewed by the model: "
              + list
              + (unreviewed.size() > 20 ? " and " + (unreviewed.size() - 20) + " more" : "");
    }
    return new LlmUsage(
        model,
        s,
        requests,
        inputTokens,
        outputTokens,
        settings.cost(inputTokens, outputTokens),
        dropped,
        unreviewed,
        note);
  }
}

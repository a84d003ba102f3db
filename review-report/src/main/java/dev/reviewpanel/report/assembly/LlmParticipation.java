package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.AgentResult.LlmUsage;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.LlmSummary;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the agents' LLM reviewers contributed to a review: tokens and cost summed, agents whose
 * model degraded, code the models did not see. Absent (null) when no agent used a model, so a
 * rules-only report is unchanged.
 */
final class LlmParticipation {

  private static final int MAX_UNREVIEWED = 50;

  private LlmParticipation() {}

  static LlmSummary of(ReviewPlan plan, Map<String, AgentResult> results, SummaryOrigin origin) {
    List<AgentResult> withLlm = usages(plan, results);
    if (withLlm.isEmpty() && origin != SummaryOrigin.LLM) {
      return null;
    }
    long in = 0;
    long out = 0;
    double cost = 0;
    Set<String> degraded = new LinkedHashSet<>();
    Set<String> unreviewed = new LinkedHashSet<>();
    for (AgentResult r : withLlm) {
      LlmUsage u = r.llm();
      in += u.inputTokens();
      out += u.outputTokens();
      cost += u.estimatedCost();
      if (u.status() == LlmStatus.DEGRADED || u.status() == LlmStatus.BUDGET_EXHAUSTED) {
        degraded.add(r.agent());
      }
      u.unreviewed().forEach(p -> unreviewed.add(r.agent() + ": " + p));
    }
    return new LlmSummary(
        in,
        out,
        cost,
        List.copyOf(degraded),
        unreviewed.stream().limit(MAX_UNREVIEWED).toList(),
        origin);
  }

  /** The agents, each with its model's note when the model did not review everything. */
  static List<AgentSummary> withNotes(
      List<AgentSummary> agents, ReviewPlan plan, Map<String, AgentResult> results) {
    List<AgentResult> withLlm = usages(plan, results);
    List<AgentSummary> noted = new ArrayList<>();
    for (AgentSummary a : agents) {
      List<String> notes =
          withLlm.stream()
              .filter(r -> r.agent().equals(a.agent()))
              .filter(r -> r.llm().status() != LlmStatus.REVIEWED)
              .map(r -> "LLM " + r.llm().status().name().toLowerCase() + ": " + r.llm().note())
              .distinct()
              .toList();
      String note = notes.isEmpty() ? a.note() : String.join(" | ", notes);
      noted.add(new AgentSummary(a.agent(), a.status(), a.findings(), a.durationMs(), note));
    }
    return noted;
  }

  /** Caveats for the summary: models that degraded and code they did not review. */
  static List<String> caveats(ReviewPlan plan, Map<String, AgentResult> results) {
    LlmSummary summary = of(plan, results, SummaryOrigin.TEMPLATE);
    List<String> caveats = new ArrayList<>();
    if (summary == null) {
      return caveats;
    }
    if (!summary.degradedAgents().isEmpty()) {
      caveats.add(
          "LLM review unavailable for "
              + String.join(", ", summary.degradedAgents())
              + " (rule findings only)");
    }
    if (!summary.unreviewed().isEmpty()) {
      caveats.add(
          summary.unreviewed().size()
              + " part(s) of the code not reviewed by the model: "
              + String.join(", ", summary.unreviewed().stream().limit(5).toList())
              + (summary.unreviewed().size() > 5 ? ", ..." : ""));
    }
    return caveats;
  }

  private static List<AgentResult> usages(ReviewPlan plan, Map<String, AgentResult> results) {
    return plan.tasks().stream()
        .map(task -> results.get(task.taskId()))
        .filter(Objects::nonNull)
        .filter(r -> r.llm() != null)
        .toList();
  }
}

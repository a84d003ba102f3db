package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a COMPLETED result leaves out, said in its {@code error} so nothing is dropped silently:
 * files the time budget cut off, analyzers that failed, findings over the per-task cap.
 */
final class IncompleteAnalysis {

  private static final int MAX_ERROR_CHARS = 2000;
  // counted findings before suppressed ones: a cap must never cost a finding that decides
  private static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::suppressed)
          .thenComparing(
              (Finding f) -> f.severity() == null ? Severity.INFO : f.severity(),
              Comparator.naturalOrder());

  private IncompleteAnalysis() {}

  /** All findings when within {@code max}, else the {@code max} most severe counted first. */
  static List<Finding> capped(List<Finding> findings, int max) {
    return findings.size() <= max
        ? findings
        : findings.stream().sorted(MOST_SEVERE_FIRST).limit(max).toList();
  }

  /** Says what was left out, or null when the result is whole. */
  static AgentResult.Error describe(Analysis analysis, int keptFindings) {
    List<String> parts = new ArrayList<>();
    List<String> cutOff =
        analysis.skipped().stream()
            .filter(s -> s.reason() == Analysis.Skipped.Reason.BUDGET_EXHAUSTED)
            .map(s -> s.path() + " (not run: " + String.join(", ", s.analyzersNotRun()) + ")")
            .toList();
    if (!cutOff.isEmpty()) {
      parts.add(
          "time budget exhausted, "
              + cutOff.size()
              + " file(s) not fully analyzed: "
              + String.join("; ", cutOff));
    }
    int dropped = analysis.findings().size() - keptFindings;
    if (dropped > 0) {
      parts.add(
          "kept the "
              + keptFindings
              + " most severe of "
              + analysis.findings().size()
              + " findings");
    }
    if (!analysis.problems().isEmpty()) {
      parts.add(
          analysis.problems().size()
              + " analyzer problem(s): "
              + String.join(
                  "; ",
                  analysis.problems().stream()
                      .map(p -> p.analyzer() + " on " + p.path() + ": " + p.error())
                      .toList()));
    }
    if (parts.isEmpty()) {
      return null;
    }
    String message = String.join(". ", parts);
    return new AgentResult.Error(
        !cutOff.isEmpty() ? "BudgetExhausted" : dropped > 0 ? "FindingsCapped" : "AnalyzerProblems",
        message.length() > MAX_ERROR_CHARS ? message.substring(0, MAX_ERROR_CHARS) + "…" : message);
  }
}

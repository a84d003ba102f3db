package dev.reviewpanel.report.risk;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.TraceStep;

/**
 * What a finding is about, so that the same problem counts once however many agents, rules, shards
 * or reviewers report it: the file and line of the sink (the trace's sink for taint findings, else
 * the finding's first line) and the kind of weakness (the CWE, else the category, else the rule).
 * Keyed on the finding alone, so adding a finding never merges two root causes into one.
 */
public record RootCause(String path, int line, String kind) {

  public static RootCause of(Finding finding) {
    String path = finding.location() == null ? null : finding.location().path();
    int line = finding.location() == null ? 0 : finding.location().startLine();
    for (TraceStep step : finding.trace()) {
      if (step.kind() == TraceStep.Kind.SINK) {
        path = step.path();
        line = step.line();
      }
    }
    return new RootCause(path, line, kind(finding));
  }

  private static String kind(Finding finding) {
    if (finding.cwe() != null && !finding.cwe().isBlank()) {
      return finding.cwe();
    }
    if (finding.category() != null && !finding.category().isBlank()) {
      return finding.category();
    }
    return finding.ruleId();
  }

  @Override
  public String toString() {
    return (path == null ? "?" : path) + ":" + line + " " + kind;
  }
}

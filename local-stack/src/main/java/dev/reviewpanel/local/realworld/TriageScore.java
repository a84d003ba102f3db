package dev.reviewpanel.local.realworld;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The corpus's MEDIUM+ findings against the triage: verdict counts per rule and overall, the
 * CRITICAL/HIGH false positives, the findings nobody judged yet, and rows no finding matches any
 * more (stale after an analyzer change, to re-triage).
 */
record TriageScore(
    Map<String, Counts> byRule,
    Counts overall,
    List<Finding> severeFalsePositives,
    List<Finding> untriaged,
    int staleRows) {

  /** Verdicts of the triaged findings of one rule, or of all. */
  static final class Counts {
    int tp;
    int debatable;
    int fp;

    void add(Triage.Verdict verdict) {
      switch (verdict) {
        case TP -> tp++;
        case DEBATABLE -> debatable++;
        case FP -> fp++;
      }
    }

    int triaged() {
      return tp + debatable + fp;
    }

    double precision() {
      return triaged() == 0 ? 0 : (double) tp / triaged();
    }

    double tpOrDebatable() {
      return triaged() == 0 ? 0 : (double) (tp + debatable) / triaged();
    }
  }

  /** Scores {@code mediumOrAbove}; rows of other projects than {@code projects} are not stale. */
  static TriageScore of(List<Finding> mediumOrAbove, Triage triage, Set<String> projects) {
    Map<String, Counts> byRule = new TreeMap<>();
    Counts overall = new Counts();
    List<Finding> severeFalsePositives = new ArrayList<>();
    List<Finding> untriaged = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Finding finding : mediumOrAbove) {
      Triage.Row row = triage.byFingerprint().get(finding.fingerprint());
      if (row == null) {
        untriaged.add(finding);
        continue;
      }
      matched.add(row.fingerprint());
      byRule.computeIfAbsent(finding.ruleId(), r -> new Counts()).add(row.verdict());
      overall.add(row.verdict());
      if (row.verdict() == Triage.Verdict.FP && finding.severity().atLeast(Severity.HIGH)) {
        severeFalsePositives.add(finding);
      }
    }
    int stale =
        (int)
            triage.byFingerprint().values().stream()
                .filter(row -> projects.contains(projectOf(row.location())))
                .filter(row -> !matched.contains(row.fingerprint()))
                .count();
    return new TriageScore(byRule, overall, severeFalsePositives, untriaged, stale);
  }

  private static String projectOf(String location) {
    int slash = location.indexOf('/');
    return slash < 0 ? "" : location.substring(0, slash);
  }

  long untriagedSevere() {
    return untriaged.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
  }
}

package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.AgentVote;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.report.coverage.Coverage;
import dev.reviewpanel.report.risk.Assessment;
import dev.reviewpanel.report.risk.RiskBands;
import dev.reviewpanel.report.risk.RiskScore;
import dev.reviewpanel.report.risk.Weights;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An agent's vote from its own findings: the decision the risk score of those findings alone gets
 * in the default bands, so a vote means the same as the review's decision. Its confidence is the
 * confidence of the finding that drives a REQUEST_CHANGES or REJECT; an APPROVE is as sure as the
 * agent's coverage (HIGH when it analyzed everything, MEDIUM with gaps, LOW when it analyzed
 * nothing). The reason is one line from the same facts.
 */
public final class AgentVotes {

  private AgentVotes() {}

  /**
   * @param findings the agent's findings, suppressed ones included (they do not count)
   * @param filesAnalyzed how many files the agent analyzed
   * @param notAnalyzed the files it did not analyze, or not completely
   * @param cutShort true when its time budget or a failure left part of its work undone
   */
  public static AgentVote of(
      Collection<Finding> findings,
      int filesAnalyzed,
      Collection<NotAnalyzed> notAnalyzed,
      boolean cutShort) {
    Assessment assessment = RiskScore.assess(findings, Weights.UNIT, RiskBands.DEFAULT);
    Decision vote = RiskBands.DEFAULT.decide(assessment.score());
    int gaps = (int) notAnalyzed.stream().filter(n -> Coverage.isGap(n.reason())).count();
    Confidence coverage =
        filesAnalyzed == 0
            ? Confidence.LOW
            : gaps > 0 || cutShort ? Confidence.MEDIUM : Confidence.HIGH;
    Confidence confidence =
        vote == Decision.APPROVE || assessment.causes().isEmpty()
            ? coverage
            : assessment.causes().get(0).counted().confidence();
    return new AgentVote(vote, confidence, reason(assessment, findings, filesAnalyzed, gaps));
  }

  private static String reason(
      Assessment assessment, Collection<Finding> findings, int filesAnalyzed, int gaps) {
    List<String> parts = new ArrayList<>();
    if (assessment.causes().isEmpty()) {
      parts.add(filesAnalyzed == 0 ? "nothing analyzed" : "no findings in " + files(filesAnalyzed));
    } else {
      parts.add(severities(assessment) + "; risk " + assessment.score());
      Finding strongest = assessment.causes().get(0).counted();
      parts.add("strongest: " + strongest.ruleId() + " at " + where(strongest));
    }
    if (gaps > 0) {
      parts.add(files(gaps) + " not analyzed");
    }
    long suppressed = findings.stream().filter(Finding::suppressed).count();
    if (suppressed > 0) {
      parts.add(suppressed + " suppressed not counted");
    }
    return String.join("; ", parts);
  }

  private static String severities(Assessment assessment) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    assessment.causes().forEach(c -> counts.merge(c.counted().severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(n + " " + s.name().toLowerCase(Locale.ROOT)));
    int total = assessment.causes().size();
    return String.join(", ", parts) + (total == 1 ? " finding" : " findings");
  }

  static String where(Finding finding) {
    return finding.location() == null
        ? "an unknown location"
        : finding.location().path() + ":" + finding.location().startLine();
  }

  private static String files(int n) {
    return n + (n == 1 ? " file" : " files");
  }
}

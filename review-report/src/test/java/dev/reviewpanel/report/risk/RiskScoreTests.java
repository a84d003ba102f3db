package dev.reviewpanel.report.risk;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScoreTests {

  @Test
  void shouldBeZeroWithoutFindings() {
    assertThat(RiskScore.of(List.of())).isZero();
  }

  @Test
  void shouldWeighSeverityAndConfidence() {
    // 100 * (1 - exp(-s * c))
    assertThat(RiskScore.of(List.of(at(Severity.CRITICAL, Confidence.HIGH, 1)))).isEqualTo(86);
    assertThat(RiskScore.of(List.of(at(Severity.CRITICAL, Confidence.LOW, 1)))).isEqualTo(55);
    assertThat(RiskScore.of(List.of(at(Severity.HIGH, Confidence.HIGH, 1)))).isEqualTo(39);
    assertThat(RiskScore.of(List.of(at(Severity.HIGH, Confidence.MEDIUM, 1)))).isEqualTo(31);
    assertThat(RiskScore.of(List.of(at(Severity.MEDIUM, Confidence.HIGH, 1)))).isEqualTo(14);
    assertThat(RiskScore.of(List.of(at(Severity.INFO, Confidence.HIGH, 1)))).isZero();
  }

  @Test
  void shouldAddTheEvidenceOfDifferentRootCauses() {
    // two high findings on different lines: 100 * (1 - exp(-1.0)) = 63
    assertThat(
            RiskScore.of(
                List.of(
                    at(Severity.HIGH, Confidence.HIGH, 1), at(Severity.HIGH, Confidence.HIGH, 2))))
        .isEqualTo(63);
  }

  @Test
  void shouldCountOneRootCauseOnceWhoeverReportsIt() {
    Finding security =
        finding("security", "sql", Severity.CRITICAL, Confidence.HIGH, "A.java", 9, "CWE-89", "x");
    Finding llm =
        finding("bug", "llm.sqli", Severity.HIGH, Confidence.HIGH, "A.java", 9, "CWE-89", "y");
    Finding shard =
        finding("security", "sql", Severity.CRITICAL, Confidence.HIGH, "A.java", 9, "CWE-89", "x");

    Assessment assessment =
        RiskScore.assess(List.of(security, llm, shard), Weights.UNIT, RiskBands.DEFAULT);

    assertThat(assessment.score()).isEqualTo(86);
    assertThat(assessment.causes()).hasSize(1);
    assertThat(assessment.causes().get(0).counted().agent()).isEqualTo("security");
    assertThat(assessment.causes().get(0).reports()).hasSize(3);
  }

  @Test
  void shouldKeyTaintFindingsOnTheirSink() {
    Finding viaController =
        traced(
            at(Severity.HIGH, Confidence.HIGH, 3),
            new TraceStep("Dao.java", 40, TraceStep.Kind.SINK, "query"));
    Finding viaJob =
        traced(
            at(Severity.HIGH, Confidence.HIGH, 7),
            new TraceStep("Dao.java", 40, TraceStep.Kind.SINK, "query"));

    assertThat(RiskScore.of(List.of(viaController, viaJob))).isEqualTo(39);
  }

  @Test
  void shouldCountSuppressedFindingsAsZero() {
    Finding suppressed =
        at(Severity.CRITICAL, Confidence.HIGH, 1)
            .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "test fixture"));

    assertThat(RiskScore.of(List.of(suppressed))).isZero();
    assertThat(RiskScore.of(List.of(suppressed, at(Severity.HIGH, Confidence.HIGH, 2))))
        .isEqualTo(39);
  }

  @Test
  void shouldKeepLowFindingsBelowRequestChangesAndMediumOnesBelowReject() {
    List<Finding> low = new ArrayList<>();
    List<Finding> medium = new ArrayList<>();
    for (int line = 1; line <= 200; line++) {
      low.add(at(Severity.LOW, Confidence.HIGH, line));
      medium.add(at(Severity.MEDIUM, Confidence.HIGH, line));
    }

    assertThat(RiskScore.of(low)).isEqualTo(29);
    assertThat(RiskScore.of(medium)).isEqualTo(69);
    assertThat(RiskScore.assess(medium, Weights.UNIT, new RiskBands(20, 50)).score()).isEqualTo(49);
  }

  @Test
  void shouldApplyExpertiseWeights() {
    Weights securityCounts = (agent, category) -> "security".equals(agent) ? 2.0 : 0.0;
    Finding high =
        finding("security", "xss", Severity.HIGH, Confidence.HIGH, "A.java", 1, "CWE-79", "xss");
    Finding perf =
        finding("performance", "loop", Severity.HIGH, Confidence.HIGH, "A.java", 5, null, "loop");

    assertThat(RiskScore.assess(List.of(high, perf), securityCounts, RiskBands.DEFAULT).score())
        .isEqualTo(63);
  }

  @Test
  void shouldNeverDecreaseAsFindingsAreAddedAndStayWithinBounds() {
    List<Finding> findings = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < 60; i++) {
      Severity severity = Severity.values()[i % Severity.values().length];
      Confidence confidence = Confidence.values()[i % Confidence.values().length];
      findings.add(at(severity, confidence, i % 7));
      int score = RiskScore.of(findings);
      assertThat(score).isBetween(previous, 100);
      previous = score;
    }
    assertThat(previous).isEqualTo(100);
  }

  @Test
  void shouldScoreTheWorkedExampleOfDocsScoring() {
    List<Finding> findings =
        List.of(
            finding(
                "security",
                "java.sql-injection",
                Severity.CRITICAL,
                Confidence.HIGH,
                "Dao.java",
                40,
                "CWE-89",
                "injection"),
            finding(
                "bug",
                "llm.sql",
                Severity.HIGH,
                Confidence.MEDIUM,
                "Dao.java",
                40,
                "CWE-89",
                "injection"),
            finding(
                "performance",
                "java.query-in-loop",
                Severity.MEDIUM,
                Confidence.HIGH,
                "Service.java",
                17,
                null,
                "n-plus-one"),
            finding(
                "bug",
                "py.broad-except",
                Severity.LOW,
                Confidence.LOW,
                "job.py",
                8,
                "CWE-396",
                "error-handling"),
            finding(
                "bug",
                "py.broad-except",
                Severity.LOW,
                Confidence.LOW,
                "job.py",
                30,
                "CWE-396",
                "error-handling"),
            finding(
                    "security",
                    "java.weak-hash",
                    Severity.HIGH,
                    Confidence.HIGH,
                    "Etag.java",
                    5,
                    "CWE-328",
                    "crypto")
                .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "checksum only")));

    Assessment assessment = RiskScore.assess(findings, Weights.UNIT, RiskBands.DEFAULT);

    assertThat(assessment.evidence()).isCloseTo(2.182, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(assessment.score()).isEqualTo(89);
    assertThat(RiskBands.DEFAULT.decide(assessment.score()))
        .isEqualTo(dev.reviewpanel.events.ReviewReport.Decision.REJECT);
  }

  private static Finding at(Severity severity, Confidence confidence, int line) {
    return finding("bug", "rule", severity, confidence, "A.java", line, null, "bug");
  }

  private static Finding traced(Finding f, TraceStep sink) {
    return f.withTrace(
        List.of(new TraceStep(f.location().path(), 1, TraceStep.Kind.SOURCE, "request"), sink));
  }
}

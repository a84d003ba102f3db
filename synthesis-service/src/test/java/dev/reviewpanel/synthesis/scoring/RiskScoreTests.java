package dev.reviewpanel.synthesis.scoring;

import static dev.reviewpanel.synthesis.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScoreTests {

  @Test
  void shouldBeZeroWithoutFindings() {
    assertThat(RiskScore.of(List.of())).isZero();
  }

  @Test
  void shouldWeighSeverityAndConfidence() {
    assertThat(RiskScore.of(List.of(at(Severity.CRITICAL, Confidence.HIGH)))).isEqualTo(60);
    assertThat(RiskScore.of(List.of(at(Severity.CRITICAL, Confidence.LOW)))).isEqualTo(24);
    assertThat(RiskScore.of(List.of(at(Severity.HIGH, Confidence.MEDIUM)))).isEqualTo(21);
    assertThat(RiskScore.of(List.of(at(Severity.INFO, Confidence.HIGH)))).isZero();
  }

  @Test
  void shouldCombineFindingsAsIndependentRisks() {
    // 1 - (1 - .6) * (1 - .3) = .72
    assertThat(
            RiskScore.of(
                List.of(
                    at(Severity.CRITICAL, Confidence.HIGH), at(Severity.HIGH, Confidence.HIGH))))
        .isEqualTo(72);
  }

  @Test
  void shouldNeverDecreaseAsFindingsAreAddedAndStayWithinBounds() {
    List<Finding> findings = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < 40; i++) {
      Severity severity = Severity.values()[i % Severity.values().length];
      Confidence confidence = Confidence.values()[i % Confidence.values().length];
      findings.add(at(severity, confidence));
      int score = RiskScore.of(findings);
      assertThat(score).isBetween(previous, 100);
      previous = score;
    }
    assertThat(RiskScore.of(Collections.nCopies(50, at(Severity.CRITICAL, Confidence.HIGH))))
        .isEqualTo(100);
  }

  private static Finding at(Severity severity, Confidence confidence) {
    return finding("bug", "rule", severity, confidence, "A.java", 1, null, "bug");
  }
}

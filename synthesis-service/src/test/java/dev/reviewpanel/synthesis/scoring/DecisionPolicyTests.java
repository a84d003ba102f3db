package dev.reviewpanel.synthesis.scoring;

import static dev.reviewpanel.synthesis.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionPolicyTests {

  private final DecisionPolicy defaults =
      new DecisionPolicy(new DecisionProperties(Severity.CRITICAL, Severity.HIGH));

  @Test
  void shouldRejectAtCritical() {
    assertThat(defaults.decide(Status.COMPLETE, List.of(at(Severity.LOW), at(Severity.CRITICAL))))
        .isEqualTo(Decision.REJECT);
  }

  @Test
  void shouldRequestChangesAtHigh() {
    assertThat(defaults.decide(Status.COMPLETE, List.of(at(Severity.HIGH))))
        .isEqualTo(Decision.REQUEST_CHANGES);
  }

  @Test
  void shouldApproveBelowTheThresholds() {
    assertThat(defaults.decide(Status.COMPLETE, List.of(at(Severity.MEDIUM), at(Severity.INFO))))
        .isEqualTo(Decision.APPROVE);
    assertThat(defaults.decide(Status.PARTIAL, List.of())).isEqualTo(Decision.APPROVE);
  }

  @Test
  void shouldNotApproveCodeNoAgentReviewed() {
    assertThat(defaults.decide(Status.FAILED, List.of())).isEqualTo(Decision.REQUEST_CHANGES);
  }

  @Test
  void shouldFollowConfiguredThresholds() {
    DecisionPolicy strict = new DecisionPolicy(new DecisionProperties(Severity.HIGH, Severity.LOW));

    assertThat(strict.decide(Status.COMPLETE, List.of(at(Severity.HIGH))))
        .isEqualTo(Decision.REJECT);
    assertThat(strict.decide(Status.COMPLETE, List.of(at(Severity.LOW))))
        .isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(strict.decide(Status.COMPLETE, List.of(at(Severity.INFO))))
        .isEqualTo(Decision.APPROVE);
  }

  private static Finding at(Severity severity) {
    return finding("bug", "rule", severity, "A.java", 1);
  }
}

package dev.reviewpanel.report.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.events.ReviewReport.Decision;
import org.junit.jupiter.api.Test;

class RiskBandsTests {

  @Test
  void shouldMapEveryScoreToItsBandWithEdgesGoingToTheStricterDecision() {
    RiskBands bands = RiskBands.DEFAULT;

    assertThat(bands.decide(0)).isEqualTo(Decision.APPROVE);
    assertThat(bands.decide(29)).isEqualTo(Decision.APPROVE);
    assertThat(bands.decide(30)).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(bands.decide(69)).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(bands.decide(70)).isEqualTo(Decision.REJECT);
    assertThat(bands.decide(100)).isEqualTo(Decision.REJECT);
  }

  @Test
  void shouldNeverGiveAHigherScoreAMilderDecision() {
    for (RiskBands bands :
        new RiskBands[] {RiskBands.DEFAULT, new RiskBands(1, 2), new RiskBands(99, 100)}) {
      for (int score = 1; score <= 100; score++) {
        assertThat(bands.decide(score)).isGreaterThanOrEqualTo(bands.decide(score - 1));
      }
    }
  }

  @Test
  void shouldDescribeEachBandsRange() {
    assertThat(RiskBands.DEFAULT.range(Decision.APPROVE)).isEqualTo("0-29");
    assertThat(RiskBands.DEFAULT.range(Decision.REQUEST_CHANGES)).isEqualTo("30-69");
    assertThat(RiskBands.DEFAULT.range(Decision.REJECT)).isEqualTo("70-100");
  }

  @Test
  void shouldRefuseBandsThatOverlapOrLeaveTheScale() {
    assertThatThrownBy(() -> new RiskBands(70, 30)).hasMessageContaining("request-changes-at");
    assertThatThrownBy(() -> new RiskBands(0, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RiskBands(30, 101)).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.reviewpanel.synthesis.topology;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.finding;
import static dev.reviewpanel.report.TestEvents.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewAggregateTests {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration RETENTION = Duration.ofHours(1);
  private final ReviewPlan plan = plan("r1", NOW, NOW.plusSeconds(120), "security", "bug");

  @Test
  void shouldSurviveTheStoreSerdeUnchanged() {
    ReviewAggregate aggregate =
        ReviewAggregate.open("r1", NOW)
            .withPlan(plan)
            .withResult(
                completed("r1", "bug", 0, 12, finding("bug", "npe", Severity.HIGH, "A.java", 4)));
    JsonSerde<ReviewAggregate> serde = EventSerdes.aggregates();

    ReviewAggregate restored = serde.deserialize("store", serde.serialize("store", aggregate));

    assertThat(restored).isEqualTo(aggregate);
  }

  @Test
  void shouldAdoptBufferedResultsOfPlannedTasksOnly() {
    ReviewAggregate early =
        ReviewAggregate.open("r1", NOW)
            .withResult(completed("r1", "bug", 0, 5))
            .withResult(completed("r1", "performance", 0, 5));

    assertThat(early.unplannedTaskIds(plan)).containsExactly("r1:performance:0");
    ReviewAggregate planned = early.withPlan(plan);

    assertThat(planned.results()).containsOnlyKeys("r1:bug:0");
    assertThat(planned.awaitingPlan()).isEmpty();
    assertThat(planned.allTasksReported()).isFalse();
    assertThat(planned.withResult(completed("r1", "security", 0, 5)).allTasksReported()).isTrue();
  }

  @Test
  void shouldKeepTheFirstResultOfATask() {
    ReviewAggregate first =
        ReviewAggregate.open("r1", NOW).withPlan(plan).withResult(completed("r1", "bug", 0, 5));

    ReviewAggregate again = first.withResult(completed("r1", "bug", 0, 999));

    assertThat(again.results().get("r1:bug:0").stats().durationMs()).isEqualTo(5);
  }

  @Test
  void shouldBeForgottenOneRetentionAfterReportAndDeadline() {
    ReviewAggregate orphan = ReviewAggregate.open("r1", NOW);
    ReviewAggregate reportedEarly = orphan.withPlan(plan).reported(NOW.plusSeconds(10));
    ReviewAggregate reportedLate = orphan.withPlan(plan).reported(NOW.plusSeconds(300));

    assertThat(orphan.forgetAt(RETENTION)).isEqualTo(NOW.plus(RETENTION));
    assertThat(reportedEarly.forgetAt(RETENTION)).isEqualTo(plan.deadline().plus(RETENTION));
    assertThat(reportedLate.forgetAt(RETENTION)).isEqualTo(NOW.plusSeconds(300).plus(RETENTION));
    assertThat(reportedEarly.results()).isEmpty();
  }
}

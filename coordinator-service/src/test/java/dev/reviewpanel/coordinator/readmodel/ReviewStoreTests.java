package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.report.Reports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewStoreTests {

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  private final ReviewStore store =
      new ReviewStore(new ReadModelProperties("g", 3, 10, 2, Duration.ofMinutes(1), 8, 1));

  @Test
  void shouldAnswerPendingRightAfterAClaimAndRefuseASecondClaim() {
    assertThat(store.claim("r1", NOW, null)).isTrue();
    assertThat(store.claim("r1", NOW, null)).isFalse();

    assertThat(store.find("r1"))
        .get()
        .extracting(ReviewView::status)
        .isEqualTo(ReviewStatus.PENDING);
  }

  @Test
  void shouldFollowAgentProgressFromEvents() {
    store.claim("r1", NOW, null);
    store.planned("r1", Map.of("security", 2, "bug", 1));
    store.apply(event("r1", ReviewEvent.Type.AGENT_STARTED, "security", Map.of()));
    store.apply(event("r1", ReviewEvent.Type.FINDING, "security", Map.of("fingerprint", "f1")));
    store.apply(event("r1", ReviewEvent.Type.FINDING, "security", Map.of("fingerprint", "f1")));
    store.apply(
        event(
            "r1", ReviewEvent.Type.AGENT_COMPLETED, "security", Map.of("taskId", "r1:security:0")));
    store.apply(
        event(
            "r1", ReviewEvent.Type.AGENT_COMPLETED, "security", Map.of("taskId", "r1:security:0")));
    store.apply(event("r1", ReviewEvent.Type.AGENT_FAILED, "bug", Map.of("taskId", "r1:bug:0")));

    ReviewView view = store.find("r1").orElseThrow();

    assertThat(view.status()).isEqualTo(ReviewStatus.RUNNING);
    assertThat(view.agents())
        .containsExactlyInAnyOrder(
            new ReviewView.AgentView("security", "RUNNING", 2, 1, 0, 1),
            new ReviewView.AgentView("bug", "FAILED", 1, 0, 1, 0));
  }

  @Test
  void shouldTakeStatusAndAgentOutcomesFromTheReport() {
    store.claim("r1", NOW, null);
    store.planned("r1", Map.of("bug", 1));
    store.apply(event("r1", ReviewEvent.Type.REPORT_READY, null, Map.of("status", "PARTIAL")));
    assertThat(store.find("r1").orElseThrow().status()).isEqualTo(ReviewStatus.PARTIAL);

    store.apply(Reports.sample("r1"));

    ReviewView view = store.find("r1").orElseThrow();
    assertThat(view.report()).isNotNull();
    assertThat(view.agents())
        .filteredOn(a -> a.agent().equals("bug"))
        .singleElement()
        .extracting(ReviewView.AgentView::status)
        .isEqualTo("TIMED_OUT");
  }

  @Test
  void shouldLearnAboutReviewsAcceptedElsewhere() {
    store.apply(
        event(
            "r9", ReviewEvent.Type.ACCEPTED, null, Map.of("submittedAt", "2026-01-01T09:00:00Z")));

    assertThat(store.contains("r9")).isTrue();
    assertThat(store.find("r9").orElseThrow().submittedAt())
        .isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
    assertThat(store.claim("r9", NOW, null)).isFalse();
  }

  @Test
  void shouldForgetTheOldestReviewsBeyondTheBound() {
    for (String id : List.of("a", "b", "c", "d")) {
      store.claim(id, NOW, null);
    }

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.contains("a")).isFalse();
    assertThat(store.contains("d")).isTrue();
  }

  @Test
  void shouldReplayPastEventsThenDeliverLiveOnes() {
    store.claim("r1", NOW, null);
    store.apply(event("r1", ReviewEvent.Type.ACCEPTED, null, Map.of()));
    List<ReviewEvent> live = new ArrayList<>();

    ReviewStore.Replay replay = store.subscribe("r1", live::add).orElseThrow();
    store.apply(event("r1", ReviewEvent.Type.PLANNED, null, Map.of()));
    store.apply(event("other", ReviewEvent.Type.PLANNED, null, Map.of()));

    assertThat(replay.events())
        .extracting(ReviewEvent::type)
        .containsExactly(ReviewEvent.Type.ACCEPTED);
    assertThat(replay.finished()).isFalse();
    assertThat(live).extracting(ReviewEvent::type).containsExactly(ReviewEvent.Type.PLANNED);
    assertThat(store.subscribe("unknown", live::add)).isEmpty();
  }

  @Test
  void shouldCapFindingEventsKeptForReplayButNeverLifecycleEvents() {
    store.claim("r1", NOW, null);
    for (int i = 0; i < 15; i++) {
      store.apply(event("r1", ReviewEvent.Type.FINDING, "bug", Map.of("fingerprint", "f" + i)));
    }
    store.apply(event("r1", ReviewEvent.Type.REPORT_READY, null, Map.of("status", "COMPLETE")));

    ReviewStore.Replay replay = store.subscribe("r1", e -> {}).orElseThrow();

    assertThat(replay.events()).hasSize(11);
    assertThat(replay.events().get(10).type()).isEqualTo(ReviewEvent.Type.REPORT_READY);
    assertThat(replay.finished()).isTrue();
    assertThat(store.find("r1").orElseThrow().agents().get(0).findings()).isEqualTo(15);
  }

  @Test
  void shouldNotTakeWorkerEventsAloneAsProofOfAcceptance() {
    store.apply(event("r1", ReviewEvent.Type.AGENT_STARTED, "bug", Map.of()));
    store.apply(event("r1", ReviewEvent.Type.FINDING, "bug", Map.of("fingerprint", "f1")));

    assertThat(store.claim("r1", NOW, null)).isTrue();
    assertThat(store.claim("r1", NOW, null)).isFalse();
    assertThat(store.find("r1").orElseThrow().submittedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldTakeAPlannedEventOrAReportAsProofOfAcceptance() {
    store.apply(event("r1", ReviewEvent.Type.PLANNED, null, Map.of("tasksByAgent", Map.of())));
    store.apply(Reports.sample("r2"));

    assertThat(store.claim("r1", NOW, null)).isFalse();
    assertThat(store.claim("r2", NOW, null)).isFalse();
  }

  @Test
  void shouldKeepOnlyTheNewestFullReportsButEveryStatus() {
    for (String id : List.of("a", "b", "c")) {
      store.apply(Reports.sample(id));
    }

    ReviewView oldest = store.find("a").orElseThrow();
    assertThat(oldest.report()).isNull();
    assertThat(oldest.reportEvicted()).isTrue();
    assertThat(oldest.status()).isEqualTo(ReviewStatus.PARTIAL);
    assertThat(oldest.agents())
        .extracting(ReviewView.AgentView::agent, ReviewView.AgentView::status)
        .contains(tuple("bug", "TIMED_OUT"));
    assertThat(store.find("b").orElseThrow().report()).isNotNull();
    assertThat(store.find("c").orElseThrow().reportEvicted()).isFalse();
    assertThat(store.subscribe("a", e -> {}).orElseThrow().finished()).isTrue();
  }

  @Test
  void shouldHoldARedeliveredReportAgainAsTheNewest() {
    store.apply(Reports.sample("a"));
    store.apply(Reports.sample("b"));
    store.apply(Reports.sample("a"));
    store.apply(Reports.sample("c"));

    assertThat(store.find("a").orElseThrow().report()).isNotNull();
    assertThat(store.find("b").orElseThrow().reportEvicted()).isTrue();
  }

  @Test
  void shouldSurviveAReportWithoutAgentNamesOrOutcomes() {
    ReviewReport sample = Reports.sample("r1");
    ReviewReport odd =
        new ReviewReport(
            1,
            sample.occurredAt(),
            "r1",
            null,
            null,
            0,
            null,
            List.of(),
            null,
            List.of(new ReviewReport.AgentSummary(null, null, 3, 1)),
            null,
            null,
            null);
    store.apply(event("r1", ReviewEvent.Type.FINDING, null, Map.of("fingerprint", "f1")));

    store.apply(odd);

    ReviewView view = store.find("r1").orElseThrow();
    assertThat(view.status()).isEqualTo(ReviewStatus.COMPLETE);
    assertThat(view.agents())
        .containsExactly(new ReviewView.AgentView("unknown", "RUNNING", 0, 0, 0, 3));
  }

  private static ReviewEvent event(
      String id, ReviewEvent.Type type, String agent, Map<String, Object> data) {
    return ReviewEvent.of(id, type, agent, data);
  }
}

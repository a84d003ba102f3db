package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.report.Reports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recent reviews list: summaries newest first, and every status change for watchers. */
class RecentReviewsTests {

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  private final ReviewStore store =
      new ReviewStore(
          new ReadModelProperties(
              "g", 5, 10, 1, Duration.ofMinutes(1), 8, 1, 1, Duration.ofMillis(20)));

  @Test
  void shouldListTheNewestReviewsFirstUpToTheLimit() {
    for (String id : List.of("a", "b", "c")) {
      store.claim(id, NOW, new SourceRef("acme/" + id, "7", null, null));
    }

    assertThat(store.recent(2))
        .extracting(ReviewSummary::reviewId, s -> s.source().repository())
        .containsExactly(tuple("c", "acme/c"), tuple("b", "acme/b"));
  }

  @Test
  void shouldSummarizeProgressThenTheVerdictWhichOutlivesTheFullReport() {
    store.claim("a", NOW, null);
    store.planned("a", Map.of("security", 1, "bug", 1));
    store.apply(event("a", ReviewEvent.Type.AGENT_STARTED, "bug", Map.of()));
    store.apply(event("a", ReviewEvent.Type.FINDING, "bug", Map.of("fingerprint", "f1")));

    assertThat(store.recent(1).get(0))
        .extracting(ReviewSummary::status, ReviewSummary::decision, ReviewSummary::findings)
        .containsExactly(ReviewStatus.RUNNING, null, 1);

    store.apply(
        event(
            "a",
            ReviewEvent.Type.REPORT_READY,
            null,
            Map.of("status", "COMPLETE", "decision", "REQUEST_CHANGES", "riskScore", 41)));
    assertThat(store.recent(1).get(0))
        .extracting(ReviewSummary::status, ReviewSummary::decision, ReviewSummary::riskScore)
        .containsExactly(ReviewStatus.COMPLETE, "REQUEST_CHANGES", 41);

    store.apply(Reports.sample("a"));
    store.apply(Reports.sample("b"));
    ReviewSummary evicted = store.recent(2).get(1);
    assertThat(store.find("a").orElseThrow().reportEvicted()).isTrue();
    assertThat(evicted.decision()).isEqualTo(Reports.sample("a").decision().name());
    assertThat(evicted.riskScore()).isEqualTo(Reports.sample("a").riskScore());
    assertThat(evicted.findings()).isEqualTo(Reports.sample("a").findings().size());
    assertThat(evicted.completedAt()).isEqualTo(Reports.sample("a").completedAt());
  }

  @Test
  void shouldTellWatchersOfEveryStatusChangeButNotOfEachFinding() {
    store.claim("a", NOW, null);
    List<ReviewSummary> heard = new ArrayList<>();

    List<ReviewSummary> snapshot = store.watch(heard::add, 10);
    store.claim("b", NOW, null);
    store.planned("b", Map.of("bug", 1));
    store.apply(event("b", ReviewEvent.Type.AGENT_STARTED, "bug", Map.of()));
    store.apply(event("b", ReviewEvent.Type.FINDING, "bug", Map.of("fingerprint", "f1")));
    store.apply(event("b", ReviewEvent.Type.AGENT_COMPLETED, "bug", Map.of("taskId", "t")));
    store.apply(Reports.sample("b"));

    assertThat(snapshot).extracting(ReviewSummary::reviewId).containsExactly("a");
    assertThat(heard)
        .extracting(ReviewSummary::reviewId, ReviewSummary::status)
        .containsExactly(
            tuple("b", ReviewStatus.PENDING),
            tuple("b", ReviewStatus.PENDING),
            tuple("b", ReviewStatus.RUNNING),
            tuple("b", ReviewStatus.RUNNING),
            tuple("b", ReviewStatus.PARTIAL));
    assertThat(heard.get(3).findings()).isEqualTo(1);
  }

  @Test
  void shouldStopTellingAWatcherThatLeft() {
    List<ReviewSummary> heard = new ArrayList<>();
    ReviewWatcher watcher = heard::add;
    store.watch(watcher, 10);
    store.unwatch(watcher);

    store.claim("a", NOW, null);

    assertThat(heard).isEmpty();
  }

  private static ReviewEvent event(
      String reviewId, ReviewEvent.Type type, String agent, Map<String, Object> data) {
    return new ReviewEvent(1, NOW, reviewId, type, agent, data);
  }
}

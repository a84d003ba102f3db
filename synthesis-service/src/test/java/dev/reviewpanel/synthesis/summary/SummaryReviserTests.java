package dev.reviewpanel.synthesis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import dev.reviewpanel.llm.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SummaryReviserTests {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<ReviewReport> published = new CopyOnWriteArrayList<>();
  private SummaryReviser reviser;

  @AfterEach
  void tearDown() {
    if (reviser != null) {
      reviser.close();
    }
  }

  @Test
  void shouldPublishTheRevisionWithTheModelsSummaryOffTheCallersThread() {
    CountDownLatch answer = new CountDownLatch(1);
    reviser =
        reviser(
            (system, user) -> {
              waitFor(answer);
              return "Ship it.";
            },
            published::add,
            1,
            10);

    long start = System.nanoTime();
    assertThat(reviser.offer(report("r1"))).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    assertThat(published).isEmpty();
    answer.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> published.size() == 1);
    ReviewReport revised = published.get(0);
    assertThat(revised.reviewId()).isEqualTo("r1");
    assertThat(revised.summary()).isEqualTo("Approved: nothing found.\nShip it.");
    assertThat(revised.llm().summaryOrigin()).isEqualTo(SummaryOrigin.LLM);
    assertThat(registry.get("review.llm.summary").tag("origin", "llm").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldPublishNothingWhenTheModelFails() {
    reviser =
        reviser(
            (system, user) -> {
              throw new IllegalStateException("503");
            },
            published::add,
            1,
            10);

    reviser.offer(report("r1"));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> registry.find("review.llm.summary").tag("origin", "template").counter() != null);
    assertThat(published).isEmpty();
    assertThat(registry.find("review.llm.summary").tag("origin", "llm").counter()).isNull();
  }

  @Test
  void shouldCountTheTemplateWhenTheRevisionCannotBePublished() {
    reviser =
        reviser(
            (system, user) -> "Ship it.",
            revised -> {
              throw new java.util.concurrent.TimeoutException("broker away");
            },
            1,
            10);

    reviser.offer(report("r1"));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> registry.find("review.llm.summary").tag("origin", "template").counter() != null);
    assertThat(registry.find("review.llm.summary").tag("origin", "llm").counter()).isNull();
  }

  @Test
  void shouldDropAndCountWhenTheQueueIsFull() {
    CountDownLatch answer = new CountDownLatch(1);
    reviser =
        reviser(
            (system, user) -> {
              waitFor(answer);
              return "Ship it.";
            },
            published::add,
            1,
            1);

    assertThat(reviser.offer(report("running"))).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> reviser.pending() == 1);
    assertThat(reviser.offer(report("queued"))).isTrue();
    assertThat(reviser.offer(report("dropped"))).isFalse();
    answer.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> published.size() == 2);
    assertThat(published).extracting(ReviewReport::reviewId).containsExactly("running", "queued");
    assertThat(
            registry
                .get("review.llm.summary.dropped")
                .tag("reason", "queue_full")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get("review.llm.summary").tag("origin", "template").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldRecogniseRevisionsByTheirHeader() {
    RecordHeaders headers = new RecordHeaders();
    assertThat(SummaryReviser.isRevision(headers)).isFalse();
    headers.add(SummaryReviser.summaryHeader());
    assertThat(SummaryReviser.isRevision(headers)).isTrue();
    assertThat(new String(headers.lastHeader("reviewpanel-report-revision").value()))
        .isEqualTo("summary");
  }

  private SummaryReviser reviser(
      BiFunction<String, String, String> model,
      SummaryReviser.Publisher publisher,
      int concurrency,
      int queueCapacity) {
    return new SummaryReviser(
        new LlmSummaryWriter(
            model,
            Duration.ofSeconds(10),
            new CircuitBreaker(5, Duration.ofMinutes(1), Clock.systemUTC())),
        publisher,
        registry,
        concurrency,
        queueCapacity);
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static ReviewReport report(String id) {
    Instant done = Instant.now();
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        done,
        id,
        Status.COMPLETE,
        Decision.APPROVE,
        0,
        "Approved: nothing found.\nNo findings.",
        List.of(),
        Map.of(),
        List.of(),
        done.minusSeconds(2),
        done,
        null);
  }
}

package dev.reviewpanel.synthesis.summary;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revises committed reports with the model's executive summary, off the Streams thread: a bounded
 * pool with a bounded queue, so a slow or absent model never holds up a report. When the queue is
 * full the review keeps its template summary ({@code review.llm.summary.dropped}). On success the
 * revision is published on {@code review-reports} under the same key with {@link #REVISION_HEADER};
 * on failure nothing more is published.
 */
public final class SummaryReviser implements AutoCloseable {

  /** Marks a report record that revises one already published for the same review. */
  public static final String REVISION_HEADER = Topics.REPORT_REVISION_HEADER;

  /** The {@link #REVISION_HEADER} value of a revision that only replaces the summary. */
  public static final String SUMMARY_REVISION = "summary";

  private static final Logger log = LoggerFactory.getLogger(SummaryReviser.class);

  /** Publishes a revised report; returns once the broker acknowledged it, else throws. */
  interface Publisher extends AutoCloseable {
    void publish(ReviewReport revised) throws Exception;

    @Override
    default void close() {}
  }

  private final LlmSummaryWriter writer;
  private final Publisher publisher;
  private final MeterRegistry registry;
  private final ThreadPoolExecutor pool;

  SummaryReviser(
      LlmSummaryWriter writer,
      Publisher publisher,
      MeterRegistry registry,
      int concurrency,
      int queueCapacity) {
    this.writer = writer;
    this.publisher = publisher;
    this.registry = registry;
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            concurrency,
            concurrency,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            r -> {
              Thread t = new Thread(r, "llm-summary-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** True when {@code headers} mark a revision of an earlier report. */
  public static boolean isRevision(Headers headers) {
    return headers != null && headers.lastHeader(REVISION_HEADER) != null;
  }

  /** The header a summary revision carries. */
  public static Header summaryHeader() {
    return new RecordHeader(REVISION_HEADER, SUMMARY_REVISION.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Queues {@code report} for an LLM summary; returns false (and counts it) when the queue is full
   * or the reviser is closed.
   */
  public boolean offer(ReviewReport report) {
    try {
      pool.execute(() -> revise(report));
      return true;
    } catch (RejectedExecutionException e) {
      Counter.builder("review.llm.summary.dropped")
          .description("Reports left with the template summary: the LLM summary queue was full")
          .tag("reason", pool.isShutdown() ? "shutdown" : "queue_full")
          .register(registry)
          .increment();
      count("template");
      log.warn("LLM summary queue full: review {} keeps its template summary", report.reviewId());
      return false;
    }
  }

  private void revise(ReviewReport report) {
    ReviewReport revised = writer.revise(report);
    if (revised == null) {
      count("template");
      return;
    }
    try {
      publisher.publish(revised);
      count("llm");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      count("template");
    } catch (Exception e) {
      count("template");
      log.warn(
          "LLM summary of {} not published, the template summary stands: {}",
          report.reviewId(),
          e.toString());
    }
  }

  private void count(String origin) {
    Counter.builder("review.llm.summary")
        .description("Executive summaries by origin")
        .tag("origin", origin)
        .register(registry)
        .increment();
  }

  /** Revisions queued or running (for tests and shutdown). */
  int pending() {
    return pool.getQueue().size() + pool.getActiveCount();
  }

  @Override
  public void close() {
    pool.shutdownNow();
    writer.close();
    publisher.close();
  }
}

package dev.reviewpanel.coordinator.backpressure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Decides at once whether a submission may come in: the client's rate, the backlog (in reviews and
 * in lines of code), and the intake's own queue of sends awaiting the broker. Each check costs
 * microseconds and nothing waits, so a burst is answered with 429s, never with hanging requests.
 */
@Component
public class IntakeGate {

  /** The bucket of clients that present no API key (when none are configured). */
  public static final String ANONYMOUS = "anonymous";

  /** Request attribute naming the client for its rate limit, set by the API key filter. */
  public static final String CLIENT_ATTRIBUTE = "review.client";

  private final BackpressureProperties properties;
  private final Backlog backlog;
  private final TokenBuckets buckets;
  private final Semaphore pending;

  public IntakeGate(BackpressureProperties properties, Backlog backlog, MeterRegistry registry) {
    this.properties = properties;
    this.backlog = backlog;
    this.buckets =
        new TokenBuckets(
            properties.rateLimit().perSecond(), properties.rateLimit().burst(), System::nanoTime);
    this.pending = new Semaphore(properties.maxPendingSends());
    Gauge.builder(
            "review.intake.pending",
            pending,
            p -> properties.maxPendingSends() - p.availablePermits())
        .description("Submissions waiting for the broker's acknowledgement")
        .register(registry);
  }

  /**
   * Admits one submission of {@code client}, or throws {@link BackpressureException}. The returned
   * pass holds a place in the intake's queue until closed.
   */
  public Pass admit(String client) {
    Duration wait = buckets.take(client == null ? ANONYMOUS : client);
    if (!wait.isZero()) {
      throw new BackpressureException(
          Refusal.RATE_LIMITED,
          "this API key sends more than "
              + properties.rateLimit().perSecond()
              + " reviews per second; retry later",
          wait);
    }
    int size = backlog.size();
    if (size >= properties.maxBacklog()) {
      throw new BackpressureException(
          Refusal.BACKLOG_REVIEWS,
          size + " reviews are waiting (at most " + properties.maxBacklog() + "); retry later",
          backlogRetryAfter());
    }
    long lines = backlog.lines();
    if (lines >= properties.maxBacklogLines()) {
      throw new BackpressureException(
          Refusal.BACKLOG_LINES,
          size
              + " reviews of "
              + lines
              + " lines are waiting (at most "
              + properties.maxBacklogLines()
              + " lines); retry later",
          backlogRetryAfter());
    }
    if (!pending.tryAcquire()) {
      throw new BackpressureException(
          Refusal.INTAKE_BUSY,
          properties.maxPendingSends() + " submissions are being enqueued already; retry later",
          properties.retryAfter());
    }
    return pending::release;
  }

  // the time the backlog takes to clear at its measured drain, within the configured bounds
  private Duration backlogRetryAfter() {
    Duration floor = properties.retryAfter();
    Duration ceiling = properties.maxRetryAfter();
    return backlog
        .timeToClear()
        .map(wait -> wait.compareTo(floor) < 0 ? floor : wait)
        .map(wait -> wait.compareTo(ceiling) > 0 ? ceiling : wait)
        .orElse(floor);
  }

  /**
   * The bound the accepted, unreported reviews have reached, while the Kafka intake should not take
   * more requests; empty otherwise.
   */
  public Optional<Refusal> backlogFull() {
    if (backlog.open() >= properties.maxBacklog()) {
      return Optional.of(Refusal.BACKLOG_REVIEWS);
    }
    if (backlog.openLines() >= properties.maxBacklogLines()) {
      return Optional.of(Refusal.BACKLOG_LINES);
    }
    return Optional.empty();
  }

  /** A place in the intake's queue; closing it gives the place back. */
  @FunctionalInterface
  public interface Pass extends AutoCloseable {
    @Override
    void close();
  }
}

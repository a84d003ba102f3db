package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.IntakeGate;
import dev.reviewpanel.coordinator.backpressure.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The Kafka intake's backpressure: past either backlog bound (reviews or lines) it stops taking
 * requests (the container pauses and keeps polling, so the group keeps it) and resumes once the
 * backlog is below both bounds again. Requests wait on the topic meanwhile; none is dropped. It
 * looks after every batch and every 100 ms, since the backlog grows as the read model catches up
 * with the reviews just planned, after their batch. Metered: {@code
 * review_intake_pauses_total{reason}} and {@code review_intake_paused} (0 or 1).
 */
@Component
class IntakePause implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(IntakePause.class);
  private static final long CHECK_MS = 100;
  // near its bound the backlog pauses and resumes the intake several times a second: say so in
  // the log once in a while, with a count, rather than on every flip
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final IntakeGate gate;
  private final KafkaListenerEndpointRegistry registry;
  private final MeterRegistry meters;
  private final ScheduledExecutorService checks =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "coordinator-intake-pause");
            thread.setDaemon(true);
            return thread;
          });
  private boolean paused;
  private long lastLogged = System.nanoTime() - LOG_EVERY_NANOS;
  private int unloggedPauses;
  private boolean pauseLogged;

  IntakePause(IntakeGate gate, KafkaListenerEndpointRegistry registry, MeterRegistry meters) {
    this.gate = gate;
    this.registry = registry;
    this.meters = meters;
    Gauge.builder("review.intake.paused", this, p -> p.paused() ? 1 : 0)
        .description("1 while the Kafka intake is paused because the backlog is full")
        .register(meters);
    // both series exist from the start, so a dashboard shows 0 rather than no data
    pauses(Refusal.BACKLOG_REVIEWS);
    pauses(Refusal.BACKLOG_LINES);
    checks.scheduleWithFixedDelay(this::checkOnSchedule, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
  }

  // a scheduled task that throws is never run again: log and keep checking
  private void checkOnSchedule() {
    try {
      check();
    } catch (RuntimeException e) {
      log.warn("Checking the backlog for the Kafka intake failed: {}", e.toString());
    }
  }

  void afterBatch() {
    check();
  }

  private synchronized void check() {
    MessageListenerContainer container = container();
    if (container == null) {
      return;
    }
    Optional<Refusal> full = gate.backlogFull();
    if (full.isPresent() && !paused) {
      pauses(full.get()).increment();
      container.pause();
      paused = true;
      unloggedPauses++;
      if (System.nanoTime() - lastLogged >= LOG_EVERY_NANOS) {
        log.warn(
            "Backlog full ({}): the Kafka intake pauses until it drains ({} pause(s) since the"
                + " last such message; review_intake_pauses_total counts them all)",
            full.get().reason(),
            unloggedPauses);
        lastLogged = System.nanoTime();
        unloggedPauses = 0;
        pauseLogged = true;
      }
    } else if (full.isEmpty() && paused) {
      container.resume();
      paused = false;
      if (pauseLogged) {
        log.info("Backlog below its bounds: the Kafka intake resumes");
        pauseLogged = false;
      } else {
        log.debug("Backlog below its bounds: the Kafka intake resumes");
      }
    }
  }

  private Counter pauses(Refusal bound) {
    return Counter.builder("review.intake.pauses")
        .description("Times the Kafka intake paused, by the backlog bound reached")
        .tag("reason", bound.reason())
        .register(meters);
  }

  private synchronized boolean paused() {
    return paused;
  }

  private MessageListenerContainer container() {
    return registry.getListenerContainer(IntakeKafkaConfiguration.LISTENER_ID);
  }

  @Override
  public void destroy() {
    checks.shutdownNow();
  }
}

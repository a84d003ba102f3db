package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.IntakeGate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The Kafka intake's backpressure: past the backlog bound it stops taking requests (the container
 * pauses and keeps polling, so the group keeps it) and resumes once the backlog is below the bound
 * again. Requests wait on the topic meanwhile; none is dropped.
 */
@Component
class IntakePause implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(IntakePause.class);
  private static final long CHECK_MS = 100;

  private final IntakeGate gate;
  private final KafkaListenerEndpointRegistry registry;
  private final ScheduledExecutorService checks =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "coordinator-intake-pause");
            thread.setDaemon(true);
            return thread;
          });
  private ScheduledFuture<?> check;

  IntakePause(IntakeGate gate, KafkaListenerEndpointRegistry registry) {
    this.gate = gate;
    this.registry = registry;
  }

  synchronized void afterBatch() {
    if (check == null && gate.backlogFull()) {
      MessageListenerContainer container = container();
      if (container != null) {
        log.warn("Backlog full: the Kafka intake pauses until it drains");
        container.pause();
        check =
            checks.scheduleWithFixedDelay(
                this::resumeWhenDrained, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
      }
    }
  }

  private synchronized void resumeWhenDrained() {
    if (!gate.backlogFull()) {
      MessageListenerContainer container = container();
      if (container != null) {
        container.resume();
      }
      check.cancel(false);
      check = null;
      log.info("Backlog below its bound: the Kafka intake resumes");
    }
  }

  private MessageListenerContainer container() {
    return registry.getListenerContainer(IntakeKafkaConfiguration.LISTENER_ID);
  }

  @Override
  public void destroy() {
    checks.shutdownNow();
  }
}

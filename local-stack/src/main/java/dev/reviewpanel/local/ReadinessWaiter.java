package dev.reviewpanel.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Waits until a started service can do its work: readiness accepted, every Kafka listener has its
 * partitions, every Streams topology is running. Without this the first review could sit in a topic
 * while consumer groups are still forming.
 */
final class ReadinessWaiter {

  private ReadinessWaiter() {}

  static void awaitReady(String name, ConfigurableApplicationContext context, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Check check : checks(context)) {
      while (!check.ready().getAsBoolean()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              name + " not ready after " + timeout.toSeconds() + " s: waiting for " + check.what());
        }
        pause();
      }
    }
  }

  private record Check(String what, BooleanSupplier ready) {}

  private static List<Check> checks(ConfigurableApplicationContext context) {
    List<Check> checks = new ArrayList<>();
    context
        .getBeanProvider(ApplicationAvailability.class)
        .ifAvailable(
            availability ->
                checks.add(
                    new Check(
                        "readiness",
                        () ->
                            availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)));
    context
        .getBeanProvider(KafkaListenerEndpointRegistry.class)
        .ifAvailable(
            registry -> {
              for (MessageListenerContainer container : registry.getListenerContainers()) {
                if (container.isAutoStartup()) {
                  checks.add(
                      new Check(
                          "partitions for listener " + container.getListenerId(),
                          () -> {
                            var assigned = container.getAssignedPartitions();
                            return assigned != null && !assigned.isEmpty();
                          }));
                }
              }
            });
    for (StreamsBuilderFactoryBean factory :
        context.getBeansOfType(StreamsBuilderFactoryBean.class).values()) {
      checks.add(
          new Check(
              "Kafka Streams to run",
              () -> {
                KafkaStreams streams = factory.getKafkaStreams();
                return streams != null && streams.state() == KafkaStreams.State.RUNNING;
              }));
    }
    return checks;
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for services", e);
    }
  }
}

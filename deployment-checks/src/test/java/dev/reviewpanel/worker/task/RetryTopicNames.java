package dev.reviewpanel.worker.task;

import dev.reviewpanel.worker.WorkerProperties;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;

/**
 * The task topics a worker really uses (task topic, retry topics, DLT), named by the worker's own
 * retry configuration and spring-kafka, never by a copy of the naming rules. Lives in the worker's
 * package to call its package-private bean method.
 */
public final class RetryTopicNames {

  private RetryTopicNames() {}

  /**
   * @param agent the agent id
   * @param workerSettings {@code review.worker.*} overrides, e.g. {@code retry.attempts=5}
   */
  public static List<String> of(String agent, Map<String, String> workerSettings) {
    MapConfigurationPropertySource source = new MapConfigurationPropertySource();
    source.put("review.worker.agent", agent);
    workerSettings.forEach((k, v) -> source.put("review.worker." + k, v));
    WorkerProperties worker =
        new Binder(source).bindOrCreate("review.worker", WorkerProperties.class);
    TaskTopics topics = TaskTopics.of(agent);
    // neither touches a broker: the producer factory connects only when a record is sent
    KafkaTemplate<String, Object> template =
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of()));
    RetryTopicConfiguration configuration =
        new TaskConfiguration()
            .reviewTaskRetryTopics(
                template, new ConcurrentKafkaListenerContainerFactory<>(), topics, worker);
    return configuration.getDestinationTopicProperties().stream()
        .map(properties -> topics.tasks() + properties.suffix())
        .distinct()
        .toList();
  }

  /** The consumer group of the agent's task listener. */
  public static String group(String agent) {
    return TaskTopics.of(agent).group();
  }
}

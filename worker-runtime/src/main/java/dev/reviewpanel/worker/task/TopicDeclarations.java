package dev.reviewpanel.worker.task;

import dev.reviewpanel.worker.TopicProperties;
import java.util.Collection;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.config.SingletonBeanRegistry;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics a worker declares, as {@link NewTopic}s that {@code KafkaAdmin} creates at startup
 * when missing, all with the configured partitions and replication. Task topics (the task topic,
 * its retry topics and its DLT) also take records up to {@code review.topics.max-message-bytes}.
 */
final class TopicDeclarations {

  private static final String BEAN_PREFIX = "reviewTaskTopic:";

  private final TopicProperties settings;

  TopicDeclarations(TopicProperties settings) {
    this.settings = settings;
  }

  NewTopic topic(String name) {
    return builder(name).build();
  }

  NewTopic taskTopic(String name) {
    return builder(name)
        .config(
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(settings.maxMessageByteCount()))
        .build();
  }

  /**
   * Declares {@code names} as task topics, except {@code declaredElsewhere} and those already
   * declared. The retry machinery calls this once it has named the retry topics and the DLT (the
   * names follow from the back-off), which is before {@code KafkaAdmin} creates topics.
   */
  void declareTaskTopics(
      SingletonBeanRegistry registry, Collection<String> names, String declaredElsewhere) {
    for (String name : names) {
      String beanName = BEAN_PREFIX + name;
      if (!name.equals(declaredElsewhere) && !registry.containsSingleton(beanName)) {
        registry.registerSingleton(beanName, taskTopic(name));
      }
    }
  }

  private TopicBuilder builder(String name) {
    TopicBuilder builder = TopicBuilder.name(name).partitions(settings.partitions());
    return settings.replicationFactor() > 0
        ? builder.replicas(settings.replicationFactor())
        : builder;
  }
}

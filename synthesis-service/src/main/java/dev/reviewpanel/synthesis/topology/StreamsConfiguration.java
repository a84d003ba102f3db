package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.CleanupConfig;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wires the topology into Boot's Kafka Streams and declares the topics synthesis reads and writes.
 * Stream settings (application id, exactly-once, cache, commit interval, handlers) are in {@code
 * synthesis.yml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(StreamsConfiguration.class);

  /**
   * The topology, the thread handler, and the instance's identity. With {@code review.instance.id}
   * set (the pod name), the Streams consumer is a static group member and the state directory
   * defaults to one named after the instance and kept at shutdown (synthesis.yml): a restarted
   * instance takes its tasks back at once and finds its stores on disk instead of restoring them.
   */
  @Bean
  StreamsBuilderFactoryBeanConfigurer synthesisTopologyConfigurer(
      SynthesisTopology topology,
      @Value("${review.instance.id:}") String instanceId,
      @Value("${review.kafka.session-timeout:30s}") Duration sessionTimeout,
      @Value("${review.synthesis.cleanup-on-shutdown:}") String cleanupOnShutdown) {
    return factoryBean -> {
      Properties config = new Properties();
      config.putAll(factoryBean.getStreamsConfiguration());
      if (!instanceId.isBlank()) {
        // Streams appends each stream thread's index
        config.putIfAbsent(
            StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
            instanceId.strip());
        if (cleanupOnShutdown.isBlank()) {
          factoryBean.setCleanupConfig(new CleanupConfig(false, false));
        }
        // a clean stop leaves the group at once (a crash keeps the tasks for the restart)
        factoryBean.setLeaveGroupOnClose(true);
      }
      int session = (int) sessionTimeout.toMillis();
      config.putIfAbsent(
          StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), session);
      config.putIfAbsent(
          StreamsConfig.mainConsumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
          Math.max(500, session / 10));
      factoryBean.setStreamsConfiguration(config);
      factoryBean.setInfrastructureCustomizer(topology);
      // a stream thread that dies (e.g. fenced producer) is replaced; its tasks resume from state
      factoryBean.setStreamsUncaughtExceptionHandler(
          exception -> {
            log.error("Stream thread failed; replacing it", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
          });
    };
  }

  @Bean
  KafkaAdmin.NewTopics synthesisTopics(TopicsProperties topics) {
    int partitions = topics.partitions();
    return new KafkaAdmin.NewTopics(
        topic(Topics.REVIEW_PLANS, partitions),
        topic(Topics.REVIEW_RESULTS, partitions),
        topic(Topics.deadLetter(Topics.REVIEW_PLANS), partitions),
        topic(Topics.deadLetter(Topics.REVIEW_RESULTS), partitions),
        topic(Topics.REVIEW_EVENTS, partitions),
        TopicBuilder.name(Topics.REVIEW_REPORTS)
            .partitions(partitions)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .build());
  }

  private static NewTopic topic(String name, int partitions) {
    return TopicBuilder.name(name).partitions(partitions).build();
  }
}

package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
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

  @Bean
  StreamsBuilderFactoryBeanConfigurer synthesisTopologyConfigurer(SynthesisTopology topology) {
    return factoryBean -> {
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

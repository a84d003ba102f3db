package dev.reviewpanel.worker.cache;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.ReplyCache;
import dev.reviewpanel.worker.TopicProperties;
import dev.reviewpanel.worker.WorkerProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The caches of work already done: the model's answers ({@code review-llm-cache-<agent>}) and the
 * rules' results ({@code review-rules-cache-<agent>}), each a compacted topic with a bounded local
 * copy per instance. One pair per agent, so each topic has one writing service (the agent's
 * workers), as every other topic has, and an instance keeps only entries it can use: another
 * agent's answers and results never match its keys. {@code review.cache.<name>.enabled=false} turns
 * one off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
public class CacheConfiguration {

  @Bean
  CacheTopics reviewCacheTopics(
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      MeterRegistry registry,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers) {
    return new CacheTopics(kafka, worker, topics, registry, consumers, producers);
  }

  @Bean
  ReplyCache reviewReplyCache(CacheProperties cache, CacheTopics topics, WorkerProperties worker) {
    return cache.llm().enabled()
        ? new TopicReplyCache(topics.open(Topics.llmCache(worker.agent()), cache.llm()))
        : ReplyCache.NONE;
  }

  @Bean
  RuleResultCache reviewRuleResultCache(
      CacheProperties cache, CacheTopics topics, WorkerProperties worker, MeterRegistry registry) {
    return cache.rules().enabled()
        ? new RuleResultCache(
            topics.open(Topics.rulesCache(worker.agent()), cache.rules()),
            RulesVersion.of(getClass().getClassLoader()),
            registry,
            worker.agent())
        : RuleResultCache.NONE;
  }

  @Bean
  NewTopic reviewLlmCacheTopic(
      TopicProperties topics, CacheProperties cache, WorkerProperties worker) {
    return cacheTopic(Topics.llmCache(worker.agent()), topics, cache);
  }

  @Bean
  NewTopic reviewRulesCacheTopic(
      TopicProperties topics, CacheProperties cache, WorkerProperties worker) {
    return cacheTopic(Topics.rulesCache(worker.agent()), topics, cache);
  }

  /** Compacted, so the latest entry per key stays; deleted after the retention, so old keys go. */
  static NewTopic cacheTopic(String name, TopicProperties topics, CacheProperties cache) {
    TopicBuilder builder =
        TopicBuilder.name(name)
            .partitions(topics.partitions())
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete")
            .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(cache.retention().toMillis()))
            .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
            .config(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(topics.maxMessageByteCount()));
    return topics.replicationFactor() > 0
        ? builder.replicas(topics.replicationFactor()).build()
        : builder.build();
  }
}

package dev.reviewpanel.worker.cache;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.ReplyCache;
import dev.reviewpanel.worker.TopicProperties;
import dev.reviewpanel.worker.WorkerProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * The caches of work already done: the model's answers ({@code review-llm-cache}) and the rules'
 * results ({@code review-rules-cache}), each a compacted topic with a bounded local copy per
 * instance. {@code review.cache.<name>.enabled=false} turns one off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
public class CacheConfiguration {

  @Bean
  ReplyCache reviewReplyCache(
      CacheProperties cache,
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      MeterRegistry registry,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers) {
    if (!cache.llm().enabled()) {
      return ReplyCache.NONE;
    }
    CompactedTopicCache topic =
        topicCache(
            Topics.LLM_CACHE, cache.llm(), kafka, worker, topics, registry, consumers, producers);
    return new TopicReplyCache(topic);
  }

  @Bean
  RuleResultCache reviewRuleResultCache(
      CacheProperties cache,
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      MeterRegistry registry,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers) {
    if (!cache.rules().enabled()) {
      return RuleResultCache.NONE;
    }
    CompactedTopicCache topic =
        topicCache(
            Topics.RULES_CACHE,
            cache.rules(),
            kafka,
            worker,
            topics,
            registry,
            consumers,
            producers);
    return new RuleResultCache(
        topic, RulesVersion.of(getClass().getClassLoader()), registry, worker.agent());
  }

  @Bean
  NewTopic reviewLlmCacheTopic(TopicProperties topics, CacheProperties cache) {
    return cacheTopic(Topics.LLM_CACHE, topics, cache);
  }

  @Bean
  NewTopic reviewRulesCacheTopic(TopicProperties topics, CacheProperties cache) {
    return cacheTopic(Topics.RULES_CACHE, topics, cache);
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

  @SuppressWarnings("java:S107") // the clients of one cache, each from Boot's own settings
  private static CompactedTopicCache topicCache(
      String name,
      CacheProperties.Store store,
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      MeterRegistry registry,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers) {
    Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
    consumer.remove(ConsumerConfig.GROUP_ID_CONFIG); // every instance reads every entry
    consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, worker.agent() + "-" + name + "-reader");
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    DefaultKafkaConsumerFactory<String, byte[]> consumerFactory =
        new DefaultKafkaConsumerFactory<>(
            consumer, new StringDeserializer(), new ByteArrayDeserializer());
    consumers.orderedStream().forEach(c -> c.customize(consumerFactory));
    Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
    producer.put(ProducerConfig.CLIENT_ID_CONFIG, worker.agent() + "-" + name + "-writer");
    producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, topics.maxMessageByteCount());
    producer.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    DefaultKafkaProducerFactory<String, byte[]> producerFactory =
        new DefaultKafkaProducerFactory<>(
            producer, new StringSerializer(), new ByteArraySerializer());
    producers.orderedStream().forEach(c -> c.customize(producerFactory));
    BoundedEntries entries = new BoundedEntries(store.maxEntries(), store.maxBytes().toBytes());
    CompactedTopicCache cache =
        new CompactedTopicCache(
            name, entries, consumerFactory.createConsumer(), producerFactory.createProducer());
    Gauge.builder("review.cache.entries", entries, BoundedEntries::size)
        .description("Entries this instance keeps in memory from a cache topic")
        .tags("agent", worker.agent(), "cache", name)
        .register(registry);
    cache.start();
    return cache;
  }
}

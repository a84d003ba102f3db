package dev.reviewpanel.worker.cache;

import dev.reviewpanel.worker.TopicProperties;
import dev.reviewpanel.worker.WorkerProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Opens cache topics with Boot's own Kafka settings (servers, security, customizers): a reader with
 * no consumer group, so every instance sees every entry, and a writer that takes entries as large
 * as the largest task. Closes them with the application context.
 */
final class CacheTopics implements DisposableBean {

  private final KafkaProperties kafka;
  private final WorkerProperties worker;
  private final TopicProperties topics;
  private final MeterRegistry registry;
  private final ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers;
  private final ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers;
  private final List<CompactedTopicCache> opened = new CopyOnWriteArrayList<>();

  CacheTopics(
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      MeterRegistry registry,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumers,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producers) {
    this.kafka = kafka;
    this.worker = worker;
    this.topics = topics;
    this.registry = registry;
    this.consumers = consumers;
    this.producers = producers;
  }

  /** The cache on topic {@code name}, already reading. */
  CompactedTopicCache open(String name, CacheProperties.Store store) {
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
    opened.add(cache);
    cache.start();
    return cache;
  }

  /** Stops the readers and flushes the writers, before the broker connection goes. */
  @Override
  public void destroy() {
    opened.forEach(CompactedTopicCache::close);
  }
}

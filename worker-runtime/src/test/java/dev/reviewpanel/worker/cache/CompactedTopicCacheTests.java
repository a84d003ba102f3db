package dev.reviewpanel.worker.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.llm.ReplyCache.CachedReply;
import dev.reviewpanel.worker.TopicProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.util.unit.DataSize;

@EmbeddedKafka(partitions = 3)
class CompactedTopicCacheTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final List<CompactedTopicCache> caches = new ArrayList<>();

  @AfterEach
  void close() {
    caches.forEach(CompactedTopicCache::close);
  }

  @Test
  void shouldShareWhatOneInstanceStoresWithTheOthersRunningAndStartingLater(
      EmbeddedKafkaBroker broker) throws Exception {
    String topic = "review-llm-cache-" + UUID.randomUUID();
    create(broker, topic);
    TopicReplyCache first = new TopicReplyCache(cache(broker, topic));
    TopicReplyCache second = new TopicReplyCache(cache(broker, topic));
    CachedReply reply = new CachedReply("fake-model", "{\"findings\":[]}", 12, 300, 40);

    first.store("k1", reply);

    assertThat(first.find("k1")).as("kept locally at once").contains(reply);
    await().atMost(PATIENCE).until(() -> second.find("k1").isPresent());
    assertThat(second.find("k1")).contains(reply);
    CompactedTopicCache late = cache(broker, topic);
    await().atMost(PATIENCE).until(late::caughtUp);
    assertThat(new TopicReplyCache(late).find("k1")).as("read at start").contains(reply);
    assertThat(first.find("k2")).isEmpty();
  }

  @Test
  void shouldMissRatherThanFailOnAnEntryItCannotRead(EmbeddedKafkaBroker broker) throws Exception {
    String topic = "review-llm-cache-" + UUID.randomUUID();
    create(broker, topic);
    CompactedTopicCache raw = cache(broker, topic);

    raw.put("k1", "not json".getBytes(StandardCharsets.UTF_8));

    assertThat(new TopicReplyCache(raw).find("k1")).isEmpty();
  }

  @Test
  void shouldDeclareTheTopicCompactedWithARetention() {
    var topic =
        CacheConfiguration.cacheTopic(
            "review-llm-cache",
            new TopicProperties(6, (short) 3, DataSize.ofMegabytes(4)),
            new CacheProperties(null, null, Duration.ofDays(7)));

    assertThat(topic.numPartitions()).isEqualTo(6);
    assertThat(topic.configs())
        .containsEntry("cleanup.policy", "compact,delete")
        .containsEntry("retention.ms", String.valueOf(Duration.ofDays(7).toMillis()))
        .containsEntry("max.message.bytes", String.valueOf(4 * 1024 * 1024));
  }

  private CompactedTopicCache cache(EmbeddedKafkaBroker broker, String topic) {
    CompactedTopicCache cache =
        new CompactedTopicCache(
            topic,
            new BoundedEntries(100, 1_000_000),
            new KafkaConsumer<>(
                Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.getBrokersAsString(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false),
                new StringDeserializer(),
                new ByteArrayDeserializer()),
            new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(),
                new ByteArraySerializer()));
    caches.add(cache);
    cache.start();
    return cache;
  }

  private static void create(EmbeddedKafkaBroker broker, String topic) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      admin
          .createTopics(
              List.of(
                  CacheConfiguration.cacheTopic(
                      topic,
                      new TopicProperties(3, (short) -1, DataSize.ofMegabytes(4)),
                      new CacheProperties(null, null, Duration.ofDays(30)))))
          .all()
          .get();
    }
  }
}

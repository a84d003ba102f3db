package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTopicDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The consumer behind the read model: its own group per instance, from the earliest offset, only
 * committed records; unreadable records are logged and skipped, the view is best effort.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelKafkaConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ReadModelKafkaConfiguration.class);

  @Bean
  ConcurrentKafkaListenerContainerFactory<String, Object> readModelContainerFactory(
      KafkaProperties kafka,
      ReadModelProperties properties,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildConsumerProperties());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // topics written by synthesis must be created by synthesis, with its settings
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
    // a review emits dozens of events: fetch them in batches, at most a few ms late, instead of
    // one fetch per event (profiled: the per-event fetches cost the broker and this thread)
    config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, properties.fetchMinBytes());
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) properties.fetchMaxWait().toMillis());
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(kafka) + "-readmodel");
    DefaultKafkaConsumerFactory<String, Object> consumers =
        new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), valueDeserializer());
    // Boot's customizers bind the consumers' client metrics (lag included) to Micrometer
    customizers.orderedStream().forEach(customizer -> customizer.customize(consumers));
    ConcurrentKafkaListenerContainerFactory<String, Object> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(consumers);
    factory.setCommonErrorHandler(
        new DefaultErrorHandler(
            (record, error) ->
                log.warn(
                    "Skipping unreadable {} record at offset {}: {}",
                    record.topic(),
                    record.offset(),
                    error.getMessage()),
            new FixedBackOff(0, 0)));
    return factory;
  }

  private static Deserializer<Object> valueDeserializer() {
    Map<Pattern, Deserializer<?>> byTopic = new LinkedHashMap<>();
    byTopic.put(
        Pattern.compile(Pattern.quote(Topics.REVIEW_EVENTS)),
        new JacksonJsonDeserializer<>(ReviewEvent.class, EventJson.mapper(), false));
    byTopic.put(
        Pattern.compile(Pattern.quote(Topics.REVIEW_REPORTS)),
        new JacksonJsonDeserializer<>(ReviewReport.class, EventJson.mapper(), false));
    return new ErrorHandlingDeserializer<>(
        new DelegatingByTopicDeserializer(byTopic, new StringDeserializer()));
  }

  private static String clientId(KafkaProperties kafka) {
    return kafka.getClientId() == null ? "coordinator" : kafka.getClientId();
  }
}

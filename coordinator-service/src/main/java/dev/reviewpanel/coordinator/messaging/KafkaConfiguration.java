package dev.reviewpanel.coordinator.messaging;

import dev.reviewpanel.events.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * One transactional producer for everything the coordinator writes: plans, tasks, events and dead
 * letters, so a consumed request and all it causes commit together.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

  @Bean
  ProducerFactory<String, Object> producerFactory(
      KafkaProperties kafka,
      TopicProperties topics,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) topics.maxMessageBytes().toBytes());
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(kafka) + "-producer");
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<String, Object> factory =
        new DefaultKafkaProducerFactory<>(config, new StringSerializer(), valueSerializer());
    String prefix = kafka.getProducer().getTransactionIdPrefix();
    factory.setTransactionIdPrefix(
        prefix == null || prefix.isBlank() ? "coordinator-" + UUID.randomUUID() + "-" : prefix);
    // Boot's customizers bind the producer's client metrics to Micrometer
    customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
    return factory;
  }

  @Bean
  KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
    return new KafkaTemplate<>(producerFactory);
  }

  @Bean
  KafkaTransactionManager<String, Object> kafkaTransactionManager(
      ProducerFactory<String, Object> producerFactory) {
    return new KafkaTransactionManager<>(producerFactory);
  }

  static String clientId(KafkaProperties kafka) {
    return kafka.getClientId() == null ? "coordinator" : kafka.getClientId();
  }

  // bytes pass through untouched (pre-serialized tasks, dead letters); records become JSON
  private static Serializer<Object> valueSerializer() {
    JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>(EventJson.mapper());
    json.setAddTypeInfo(false);
    Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
    delegates.put(byte[].class, new ByteArraySerializer());
    delegates.put(Object.class, json);
    @SuppressWarnings("unchecked")
    Serializer<Object> serializer =
        (Serializer<Object>) (Serializer<?>) new DelegatingByTypeSerializer(delegates, true);
    return serializer;
  }
}

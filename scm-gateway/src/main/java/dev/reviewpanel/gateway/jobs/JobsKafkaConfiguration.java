package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.gateway.scm.ProviderRejectedException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The gateway's Kafka clients: one idempotent producer of raw JSON bytes (jobs, review requests,
 * retries and dead letters), the job consumer with non-blocking retries on {@code
 * scm-gateway-jobs-retry-N} and dead letters on {@code scm-gateway-jobs-dlt}, and the report
 * consumer, which retries without end (blocking) when it cannot hand a report on: skipping one
 * would lose its comments.
 */
@Configuration(proxyBeanMethods = false)
public class JobsKafkaConfiguration {

  static final String JOB_LISTENER_FACTORY = "gatewayJobListenerFactory";

  /** The container factory of the {@code review-reports} listener. */
  public static final String REPORT_LISTENER_FACTORY = "kafkaListenerContainerFactory";

  @Bean
  KafkaTemplate<String, byte[]> gatewayKafkaTemplate(
      KafkaProperties kafka,
      GatewayTopicProperties topics,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) topics.maxMessageBytes().toBytes());
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<String, byte[]> factory =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new ByteArraySerializer());
    // Boot's customizers bind the producer's client metrics to Micrometer
    customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
    return new KafkaTemplate<>(factory);
  }

  @Bean
  ConsumerFactory<String, byte[]> gatewayConsumerFactory(
      KafkaProperties kafka, ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildConsumerProperties());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // one job may fetch hundreds of files: few records per poll, and time to do them
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
    config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 15 * 60 * 1000);
    DefaultKafkaConsumerFactory<String, byte[]> factory =
        new DefaultKafkaConsumerFactory<>(
            config, new StringDeserializer(), new ByteArrayDeserializer());
    customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
    return factory;
  }

  @Bean(JOB_LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> gatewayJobListenerFactory(
      ConsumerFactory<String, byte[]> gatewayConsumerFactory) {
    ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(gatewayConsumerFactory);
    return factory;
  }

  @Bean(REPORT_LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
      ConsumerFactory<String, byte[]> gatewayConsumerFactory) {
    ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(gatewayConsumerFactory);
    factory.setCommonErrorHandler(
        new DefaultErrorHandler(new FixedBackOff(5_000, FixedBackOff.UNLIMITED_ATTEMPTS)));
    return factory;
  }

  /**
   * Non-blocking retries: a job the provider could not serve moves to {@code -retry-0}, {@code
   * -retry-1}, ... with exponential back-off (or the provider's own {@code Retry-After}), then to
   * {@code scm-gateway-jobs-dlt}. Refusals and unreadable jobs skip the retries. The DLT has no
   * consumer: {@code review-panel dlt list|replay scm-gateway-jobs-dlt} is for operators.
   */
  @Bean
  RetryTopicConfiguration gatewayJobRetryTopics(
      KafkaTemplate<String, byte[]> gatewayKafkaTemplate,
      ConcurrentKafkaListenerContainerFactory<String, byte[]> gatewayJobListenerFactory,
      GatewayRetryProperties retry) {
    return RetryTopicConfigurationBuilder.newInstance()
        .includeTopic(JobTopics.JOBS)
        .listenerFactory(gatewayJobListenerFactory)
        .maxAttempts(retry.attempts())
        .exponentialBackoff(
            retry.initialBackoff().toMillis(), retry.multiplier(), retry.maxBackoff().toMillis())
        .retryTopicSuffix(JobTopics.RETRY_SUFFIX)
        .suffixTopicsWithIndexValues()
        .dltSuffix(Topics.DLT_SUFFIX)
        .notRetryOn(List.of(ProviderRejectedException.class, InvalidJobException.class))
        .doNotAutoCreateRetryTopics()
        .autoStartDltHandler(false)
        .create(gatewayKafkaTemplate);
  }

  @Bean
  RetryTopicComponentFactory gatewayRetryComponents(GatewayRetryProperties retry, Clock clock) {
    return new RetryHeaders(retry.maxRetryAfter(), clock);
  }

  /**
   * The job topic, its retry topics and its dead letters, all alike (dead letters keep their
   * partition).
   */
  @Bean
  KafkaAdmin.NewTopics gatewayTopics(
      GatewayTopicProperties topics, RetryTopicConfiguration gatewayJobRetryTopics) {
    List<NewTopic> declared =
        jobTopicNames(gatewayJobRetryTopics).stream()
            .map(
                name ->
                    TopicBuilder.name(name)
                        .partitions(topics.partitions())
                        .replicas(topics.replicationFactor())
                        .config(
                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                            String.valueOf(topics.maxMessageBytes().toBytes()))
                        .build())
            .toList();
    return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
  }

  /** The job topic, its retry topics and its DLT, as the retry configuration names them. */
  static List<String> jobTopicNames(RetryTopicConfiguration configuration) {
    return configuration.getDestinationTopicProperties().stream()
        .map(properties -> JobTopics.JOBS + properties.suffix())
        .distinct()
        .toList();
  }
}

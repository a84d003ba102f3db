package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.worker.TopicProperties;
import dev.reviewpanel.worker.WorkerProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The worker's Kafka clients, built on Boot's {@code spring.kafka.*} settings (servers, security)
 * with what the worker insists on: no type headers, poison-proof deserialization, linger 0, only
 * committed records read, and records as large as the largest task written.
 */
@Configuration(proxyBeanMethods = false)
class KafkaClientsConfiguration {

  static final String TASK_LISTENER_FACTORY = "reviewTaskListenerFactory";
  static final String DEAD_LETTER_LISTENER_FACTORY = "reviewDeadLetterListenerFactory";

  private static final String READ_COMMITTED = "read_committed";
  private static final int TASKS_PER_POLL = 10;
  private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(5);

  /**
   * One idempotent producer for results, events, retries and dead letters. Byte arrays (the
   * original bytes of an unreadable record) pass through untouched; everything else is JSON. Its
   * request size matches the task topics' {@code max.message.bytes}: a task the coordinator could
   * write must be forwardable to a retry topic or the DLT, or it would fail there forever.
   */
  @Bean
  DefaultKafkaProducerFactory<String, Object> reviewProducerFactory(
      KafkaProperties kafka,
      WorkerProperties worker,
      TopicProperties topics,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties());
    props.put(ProducerConfig.CLIENT_ID_CONFIG, worker.agent() + "-worker-producer");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, topics.maxMessageByteCount());
    Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
    byType.put(byte[].class, new ByteArraySerializer());
    byType.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
    DefaultKafkaProducerFactory<String, Object> factory =
        new DefaultKafkaProducerFactory<>(
            props, new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return factory;
  }

  @Bean
  KafkaTemplate<String, Object> reviewKafkaTemplate(
      DefaultKafkaProducerFactory<String, Object> reviewProducerFactory) {
    return new KafkaTemplate<>(reviewProducerFactory);
  }

  @Bean
  GroupMembership reviewGroupMembership(
      @Value("${review.instance.id:}") String instanceId,
      @Value("${review.kafka.session-timeout:30s}") Duration sessionTimeout) {
    return new GroupMembership(instanceId, sessionTimeout);
  }

  @Bean
  DefaultKafkaConsumerFactory<String, ReviewTask> reviewTaskConsumerFactory(
      KafkaProperties kafka,
      WorkerProperties worker,
      GroupMembership membership,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    Map<String, Object> props = consumerProperties(kafka, membership);
    // At worst the consumer thread waits for in-flight tasks (a full window, a revocation) before
    // it polls again, and must not wait past max.poll.interval.ms, or the group evicts it.
    props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, TASKS_PER_POLL);
    long pollInterval =
        Math.max(
            DEFAULT_POLL_INTERVAL.toMillis(),
            worker.taskBudget().multipliedBy(TASKS_PER_POLL).plusMinutes(1).toMillis());
    props.putIfAbsent(
        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
        (int) Math.min(Integer.MAX_VALUE, pollInterval));
    DefaultKafkaConsumerFactory<String, ReviewTask> factory =
        new DefaultKafkaConsumerFactory<>(
            props,
            new StringDeserializer(),
            new ErrorHandlingDeserializer<>(
                new JacksonJsonDeserializer<>(ReviewTask.class, EventJson.mapper(), false)));
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return factory;
  }

  /**
   * The task topic's and its retry topics' containers. They never commit by themselves (manual
   * acks, never given): {@link OrderedCommits} commits before each poll, only past tasks that have
   * finished, and drains in-flight tasks on revocation and shutdown.
   */
  @Bean(TASK_LISTENER_FACTORY)
  @SuppressWarnings({"unchecked", "rawtypes"})
  ConcurrentKafkaListenerContainerFactory<String, ReviewTask> reviewTaskListenerFactory(
      DefaultKafkaConsumerFactory<String, ReviewTask> reviewTaskConsumerFactory,
      WorkerProperties worker,
      KafkaProperties kafka,
      OrderedCommits commits) {
    ConcurrentKafkaListenerContainerFactory<String, ReviewTask> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(reviewTaskConsumerFactory);
    factory.setConcurrency(worker.concurrency().consumers());
    ContainerProperties container = factory.getContainerProperties();
    container.setAckMode(ContainerProperties.AckMode.MANUAL);
    container.setConsumerRebalanceListener(commits);
    // Commits happen before polls: poll often enough that finished tasks commit promptly.
    container.setPollTimeout(COMMIT_INTERVAL.toMillis());
    container.setShutdownTimeout(
        worker.concurrency().drainTimeout().plus(SHUTDOWN_MARGIN).toMillis());
    factory.setRecordInterceptor((RecordInterceptor) commits);
    listenerSettings(factory, kafka);
    return factory;
  }

  /** Reads dead letters as raw bytes, so the record that broke the task listener reads here. */
  @Bean
  DefaultKafkaConsumerFactory<String, byte[]> reviewDeadLetterConsumerFactory(
      KafkaProperties kafka,
      GroupMembership membership,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    DefaultKafkaConsumerFactory<String, byte[]> factory =
        new DefaultKafkaConsumerFactory<>(
            consumerProperties(kafka, membership),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return factory;
  }

  @Bean(DEAD_LETTER_LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> reviewDeadLetterListenerFactory(
      DefaultKafkaConsumerFactory<String, byte[]> reviewDeadLetterConsumerFactory,
      KafkaProperties kafka) {
    ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(reviewDeadLetterConsumerFactory);
    listenerSettings(factory, kafka);
    // Publishing a FAILED result can hit a broker hiccup: retry in place for about a minute.
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(10_000);
    backOff.setMaxElapsedTime(60_000);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    return factory;
  }

  // Honors spring.kafka.listener.auto-startup (tests of a worker app can switch listeners off).
  private static void listenerSettings(
      ConcurrentKafkaListenerContainerFactory<?, ?> factory, KafkaProperties kafka) {
    factory.setAutoStartup(kafka.getListener().isAutoStartup());
    factory
        .getContainerProperties()
        .setObservationEnabled(kafka.getListener().isObservationEnabled());
  }

  private static Map<String, Object> consumerProperties(
      KafkaProperties kafka, GroupMembership membership) {
    Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties());
    // a stable instance id: a restarted instance takes its partitions back without a rebalance
    membership.apply(props);
    // A worker that starts after tasks were sent must still see them.
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // The coordinator writes tasks in transactions: a task of an aborted plan must never run.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, READ_COMMITTED);
    return props;
  }
}

package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import tools.jackson.databind.DatabindException;

/**
 * The {@code review-requests} consumer: group {@code coordinator}, batch listener, each poll's
 * requests planned in one Kafka transaction that also commits their offsets. A record that cannot
 * be read or fails validation is dead-lettered inside that transaction. On assignment, the plans of
 * the partitions taken over are read back, so no replica plans a review twice.
 */
@Configuration(proxyBeanMethods = false)
class IntakeKafkaConfiguration {

  /** Readable reason for a dead-lettered request, next to the standard kafka_dlt-* headers. */
  static final String REJECTION_HEADER = "reviewpanel-rejection-reason";

  static final String GROUP_ID = "coordinator";

  static final String LISTENER_ID = "coordinator-intake";

  /** Sends a record to {@code <topic>-dlt}, joining the current transaction when there is one. */
  @Bean
  DeadLetterPublishingRecoverer requestDeadLetters(KafkaTemplate<String, Object> template) {
    DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template);
    deadLetters.addHeadersFunction(
        (record, error) -> {
          RecordHeaders headers = new RecordHeaders();
          headers.add(REJECTION_HEADER, reason(error).getBytes(StandardCharsets.UTF_8));
          return headers;
        });
    return deadLetters;
  }

  /** On a clean stop, the static intake member leaves its group (docs/reliability.md). */
  @Bean
  IntakeMemberRelease intakeMemberRelease(
      KafkaProperties kafka, @Value("${review.instance.id:}") String instanceId) {
    return new IntakeMemberRelease(instanceId, kafka.buildAdminProperties());
  }

  @Bean
  PlannedReviews plannedReviews(IntakeProperties intake) {
    return new PlannedReviews(intake.idempotencyWindow());
  }

  @Bean
  ConcurrentKafkaListenerContainerFactory<String, ReviewRequest> intakeContainerFactory(
      KafkaProperties kafka,
      IntakeProperties intake,
      PlannedReviews plannedReviews,
      Clock clock,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers,
      @Value("${review.instance.id:}") String instanceId,
      @Value("${review.kafka.session-timeout:30s}") Duration sessionTimeout) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildConsumerProperties());
    // static membership with review.instance.id: a restarted replica takes its partitions back
    // at once instead of waiting for its old self's session to time out (docs/reliability.md)
    if (!instanceId.isBlank()) {
      config.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId.strip());
    }
    int session = (int) sessionTimeout.toMillis();
    config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, session);
    config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(500, session / 10));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, intake.maxPollRecords());
    String clientId = kafka.getClientId() == null ? "coordinator" : kafka.getClientId();
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-intake");
    DefaultKafkaConsumerFactory<String, ReviewRequest> consumers =
        new DefaultKafkaConsumerFactory<>(
            config,
            new StringDeserializer(),
            new ErrorHandlingDeserializer<>(
                new JacksonJsonDeserializer<>(ReviewRequest.class, EventJson.mapper(), false)));
    // Boot's customizers bind the consumers' client metrics (lag included) to Micrometer
    customizers.orderedStream().forEach(customizer -> customizer.customize(consumers));

    ConcurrentKafkaListenerContainerFactory<String, ReviewRequest> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(consumers);
    factory.setBatchListener(true);
    // offsets commit only inside the listener's transactions, never by the container
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
    factory
        .getContainerProperties()
        .setConsumerRebalanceListener(new PlanHistory(kafka, plannedReviews, clock));
    return factory;
  }

  static String reason(Exception error) {
    Throwable cause = rootCause(error);
    if (cause instanceof ReviewRejectedException rejected) {
      return rejected.reason();
    }
    if (cause instanceof DeserializationException) {
      DatabindException databind = JsonProblem.find(cause);
      Throwable parse = cause.getCause() == null ? cause : cause.getCause();
      return "malformed_request: the record is not a readable ReviewRequest: "
          + (databind != null ? JsonProblem.describe(databind) : firstLine(parse.getMessage()));
    }
    return "failed: " + firstLine(cause.getMessage());
  }

  private static Throwable rootCause(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null
        && !(current instanceof ReviewRejectedException)
        && !(current instanceof DeserializationException)) {
      current = current.getCause();
    }
    return current;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

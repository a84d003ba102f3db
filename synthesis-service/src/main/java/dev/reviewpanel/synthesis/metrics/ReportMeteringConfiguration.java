package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The consumer behind {@link EmittedReportListener}: committed records only, from the earliest
 * offset the first time the group runs; an unreadable report is logged and skipped (it cannot be
 * metered, and the metrics must never stall). Boot's customizers add its Kafka client metrics.
 */
@Configuration(proxyBeanMethods = false)
public class ReportMeteringConfiguration {

  static final String CONTAINER_FACTORY = "reportMeterContainerFactory";

  /** The same consumer settings reading whole reports, for the summary reviser. */
  public static final String REPORT_CONTAINER_FACTORY = "reportContainerFactory";

  private static final Logger log = LoggerFactory.getLogger(ReportMeteringConfiguration.class);

  /**
   * Reports as bytes: the meter reads each report's {@link ReportHeadline} from its headers, and
   * parses the value only for a report without them.
   */
  @Bean(CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> reportMeterContainerFactory(
      KafkaProperties kafka, ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    return factory(new ByteArrayDeserializer(), "Not metering", kafka, customizers);
  }

  @Bean(REPORT_CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, ReviewReport> reportContainerFactory(
      KafkaProperties kafka, ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    return factory(
        new ErrorHandlingDeserializer<>(
            new JacksonJsonDeserializer<>(ReviewReport.class, EventJson.mapper(), false)),
        "Skipping",
        kafka,
        customizers);
  }

  private static <T> ConcurrentKafkaListenerContainerFactory<String, T> factory(
      Deserializer<T> values,
      String onUnreadable,
      KafkaProperties kafka,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // metering may lag a little: fewer, fuller fetches instead of one per report
    config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
    DefaultKafkaConsumerFactory<String, T> consumers =
        new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), values);
    customizers.orderedStream().forEach(customizer -> customizer.customize(consumers));
    ConcurrentKafkaListenerContainerFactory<String, T> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(consumers);
    factory.setAutoStartup(kafka.getListener().isAutoStartup());
    factory.setCommonErrorHandler(
        new DefaultErrorHandler(
            (record, error) ->
                log.warn(
                    "{} unreadable report at {}-{}@{}: {}",
                    onUnreadable,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    error.getMessage()),
            new FixedBackOff(0, 0)));
    return factory;
  }
}

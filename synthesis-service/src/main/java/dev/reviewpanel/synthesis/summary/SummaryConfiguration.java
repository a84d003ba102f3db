package dev.reviewpanel.synthesis.summary;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.ChatModels;
import dev.reviewpanel.llm.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The LLM summary, declared by hand when a provider is set (and {@code review.llm.summary.enabled}
 * is not turned off): the writer, the reviser that runs it off the Streams thread, the listener
 * that feeds it committed reports, and the producer of the revisions.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SummaryLlmProperties.class)
@ConditionalOnExpression(
    "${review.llm.summary.enabled:true} and '${review.llm.provider:none}'.trim().toLowerCase() != 'none'")
class SummaryConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SummaryConfiguration.class);

  /** How long a revision may wait for the broker's acknowledgement. */
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

  @Bean
  LlmSummaryWriter reviewLlmSummaryWriter(SummaryLlmProperties llm) {
    log.info("LLM executive summaries from {}", llm);
    ChatModel chat = ChatModels.create(llm.settings());
    return new LlmSummaryWriter(
        (system, user) ->
            chat.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text(),
        llm.summary().timeout(),
        new CircuitBreaker(
            llm.circuitBreaker().failureThreshold(),
            llm.circuitBreaker().openDuration(),
            Clock.systemUTC()));
  }

  @Bean(destroyMethod = "close")
  SummaryReviser reviewSummaryReviser(
      LlmSummaryWriter writer,
      SummaryLlmProperties llm,
      MeterRegistry registry,
      KafkaProperties kafka,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "synthesis-summary-reviser");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    Serializer<ReviewReport> json = (topic, report) -> EventJson.mapper().writeValueAsBytes(report);
    DefaultKafkaProducerFactory<String, ReviewReport> producers =
        new DefaultKafkaProducerFactory<>(config, new StringSerializer(), json);
    customizers.orderedStream().forEach(customizer -> customizer.customize(producers));
    KafkaTemplate<String, ReviewReport> template = new KafkaTemplate<>(producers);
    return new SummaryReviser(
        writer,
        new SummaryReviser.Publisher() {
          @Override
          public void publish(ReviewReport revised) throws Exception {
            ProducerRecord<String, ReviewReport> record =
                new ProducerRecord<>(Topics.REVIEW_REPORTS, revised.reviewId(), revised);
            record.headers().add(SummaryReviser.summaryHeader());
            template.send(record).get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          }

          @Override
          public void close() {
            producers.destroy();
          }
        },
        registry,
        llm.summary().concurrency(),
        llm.summary().queueCapacity());
  }

  @Bean
  SummaryRevisionListener reviewSummaryRevisionListener(SummaryReviser reviser) {
    return new SummaryRevisionListener(reviser, Clock.systemUTC());
  }
}

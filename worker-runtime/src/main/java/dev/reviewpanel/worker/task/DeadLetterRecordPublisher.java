package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.Topics;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Forwards failed task records to the retry topics and the DLT. Retry topics name their headers
 * {@code kafka_exception-*} and {@code kafka_original-*}; for records bound for the DLT they are
 * mirrored under the standard dead-letter names {@code kafka_dlt-*}, which operators' tools and the
 * replay command expect.
 */
class DeadLetterRecordPublisher extends DeadLetterPublishingRecoverer {

  private static final Map<String, String> DLT_NAMES =
      Map.of(
          KafkaHeaders.EXCEPTION_FQCN, KafkaHeaders.DLT_EXCEPTION_FQCN,
          KafkaHeaders.EXCEPTION_CAUSE_FQCN, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN,
          KafkaHeaders.EXCEPTION_MESSAGE, KafkaHeaders.DLT_EXCEPTION_MESSAGE,
          KafkaHeaders.EXCEPTION_STACKTRACE, KafkaHeaders.DLT_EXCEPTION_STACKTRACE,
          KafkaHeaders.ORIGINAL_TOPIC, KafkaHeaders.DLT_ORIGINAL_TOPIC,
          KafkaHeaders.ORIGINAL_PARTITION, KafkaHeaders.DLT_ORIGINAL_PARTITION,
          KafkaHeaders.ORIGINAL_OFFSET, KafkaHeaders.DLT_ORIGINAL_OFFSET,
          KafkaHeaders.ORIGINAL_TIMESTAMP, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP,
          KafkaHeaders.ORIGINAL_TIMESTAMP_TYPE, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE);

  DeadLetterRecordPublisher(
      Function<ProducerRecord<?, ?>, ? extends KafkaOperations<?, ?>> templateResolver,
      BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destinationResolver) {
    super(templateResolver, destinationResolver);
  }

  @Override
  protected ProducerRecord<Object, Object> createProducerRecord(
      ConsumerRecord<?, ?> record,
      TopicPartition topicPartition,
      Headers headers,
      byte[] key,
      byte[] value) {
    ProducerRecord<Object, Object> forward =
        super.createProducerRecord(record, topicPartition, headers, key, value);
    if (topicPartition.topic().endsWith(Topics.DLT_SUFFIX)) {
      mirrorUnderDeadLetterNames(forward.headers());
    }
    return forward;
  }

  private static void mirrorUnderDeadLetterNames(Headers headers) {
    DLT_NAMES.forEach(
        (retryName, dltName) -> {
          Header header = headers.lastHeader(retryName);
          if (header != null && headers.lastHeader(dltName) == null) {
            headers.add(dltName, header.value());
          }
        });
  }
}

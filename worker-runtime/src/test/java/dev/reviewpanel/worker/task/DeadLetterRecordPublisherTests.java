package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterRecordPublisherTests {

  private final DeadLetterRecordPublisher publisher =
      new DeadLetterRecordPublisher(record -> null, (record, e) -> null);

  @Test
  void shouldMirrorExceptionAndOriginHeadersUnderDeadLetterNamesForTheDlt() {
    ProducerRecord<Object, Object> forward =
        publisher.createProducerRecord(
            failed(),
            new TopicPartition("review-tasks-bug-dlt", 1),
            retryHeaders(),
            null,
            bytes("raw"));

    assertThat(text(forward.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo("x.Boom");
    assertThat(text(forward.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("boom");
    assertThat(text(forward.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC))
        .isEqualTo("review-tasks-bug");
    assertThat(forward.value()).isEqualTo(bytes("raw"));
    assertThat(forward.partition()).isEqualTo(1);
  }

  @Test
  void shouldLeaveRetryTopicRecordsAlone() {
    ProducerRecord<Object, Object> forward =
        publisher.createProducerRecord(
            failed(),
            new TopicPartition("review-tasks-bug-retry-0", 1),
            retryHeaders(),
            null,
            null);

    assertThat(forward.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNull();
    assertThat(text(forward.headers(), KafkaHeaders.EXCEPTION_FQCN)).isEqualTo("x.Boom");
  }

  private static ConsumerRecord<String, Object> failed() {
    return new ConsumerRecord<>("review-tasks-bug", 1, 7L, "review", "value");
  }

  private static Headers retryHeaders() {
    Headers headers = new RecordHeaders();
    headers.add(KafkaHeaders.EXCEPTION_FQCN, bytes("x.Boom"));
    headers.add(KafkaHeaders.EXCEPTION_MESSAGE, bytes("boom"));
    headers.add(KafkaHeaders.ORIGINAL_TOPIC, bytes("review-tasks-bug"));
    return headers;
  }

  private static String text(Headers headers, String name) {
    return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

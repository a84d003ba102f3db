package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterTests {

  @Test
  void shouldTakeIdsFromTheBodyWhenItReads() {
    ReviewTask task =
        new ReviewTask(
            1,
            null,
            "review-body",
            "review-body:security:2",
            "security",
            null,
            List.of(new ReviewTask.File("A.java", null, "class A {}", null)),
            null);
    ConsumerRecord<String, byte[]> record =
        record("some-key", EventJson.mapper().writeValueAsBytes(task));
    header(record, Topics.REVIEW_ID_HEADER, "review-header");

    DeadLetter letter = DeadLetter.of(record);

    assertThat(letter.reviewId()).isEqualTo("review-body");
    assertThat(letter.taskId()).isEqualTo("review-body:security:2");
  }

  @Test
  void shouldFallBackToHeadersThenKeyWhenTheBodyDoesNotRead() {
    ConsumerRecord<String, byte[]> withHeaders = record("key-id", utf8("<xml/>"));
    header(withHeaders, Topics.REVIEW_ID_HEADER, "header-id");
    header(withHeaders, Topics.TASK_ID_HEADER, "header-id:security:0");
    ConsumerRecord<String, byte[]> keyOnly = record("key-id", null);

    assertThat(DeadLetter.of(withHeaders))
        .extracting(DeadLetter::reviewId, DeadLetter::taskId)
        .containsExactly("header-id", "header-id:security:0");
    assertThat(DeadLetter.of(keyOnly))
        .extracting(DeadLetter::reviewId, DeadLetter::taskId)
        .containsExactly("key-id", null);
  }

  @Test
  void shouldNameTheCauseRatherThanTheListenerWrapper() {
    ConsumerRecord<String, byte[]> record = record("r", null);
    header(
        record,
        KafkaHeaders.DLT_EXCEPTION_FQCN,
        "org.springframework.kafka.listener.ListenerExecutionFailedException");
    header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, "dev.example.RateLimitedException");
    header(
        record,
        KafkaHeaders.DLT_EXCEPTION_MESSAGE,
        "Listener failed; slow down, api_key='sk-abcdefghijklmnopqrstu'");

    DeadLetter letter = DeadLetter.of(record);

    assertThat(letter.errorType()).isEqualTo("RateLimitedException");
    assertThat(letter.errorMessage())
        .startsWith("slow down")
        .doesNotContain("sk-abcdefghijklmnopqrstu");
  }

  @Test
  void shouldReadRetryTopicHeaderNamesWhenStandardOnesAreAbsent() {
    ConsumerRecord<String, byte[]> record = record("r", null);
    header(
        record,
        KafkaHeaders.EXCEPTION_FQCN,
        "org.springframework.kafka.support.serializer.DeserializationException");
    header(record, KafkaHeaders.EXCEPTION_MESSAGE, "failed to deserialize");

    DeadLetter letter = DeadLetter.of(record);

    assertThat(letter.errorType()).isEqualTo("DeserializationException");
    assertThat(letter.errorMessage()).isEqualTo("failed to deserialize");
  }

  private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
    return new ConsumerRecord<>("review-tasks-security-dlt", 0, 0L, key, value);
  }

  private static void header(ConsumerRecord<?, ?> record, String name, String value) {
    record.headers().add(name, utf8(value));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

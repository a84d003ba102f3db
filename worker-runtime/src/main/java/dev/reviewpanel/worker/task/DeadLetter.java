package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.SecretRedactor;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.core.JacksonException;

/**
 * What a dead-lettered task record tells about the task it was: ids from the body when it reads,
 * else from the coordinator's headers, else the record key; the error from the {@code kafka_dlt-*}
 * headers.
 */
record DeadLetter(String reviewId, String taskId, String errorType, String errorMessage) {

  private static final int MAX_MESSAGE_CHARS = 1000;
  private static final String LISTENER_FAILED = "Listener failed; ";

  static DeadLetter of(ConsumerRecord<String, byte[]> record) {
    Headers headers = record.headers();
    ReviewTask task = readable(record.value());
    String reviewId =
        firstPresent(
            task == null ? null : task.reviewId(),
            TaskHeaders.text(headers, Topics.REVIEW_ID_HEADER),
            record.key());
    String taskId =
        firstPresent(
            task == null ? null : task.taskId(), TaskHeaders.text(headers, Topics.TASK_ID_HEADER));
    return new DeadLetter(reviewId, taskId, errorType(headers), errorMessage(headers));
  }

  private static ReviewTask readable(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return EventJson.mapper().readValue(body, ReviewTask.class);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String errorType(Headers headers) {
    String cause =
        header(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, KafkaHeaders.EXCEPTION_CAUSE_FQCN);
    String exception =
        header(headers, KafkaHeaders.DLT_EXCEPTION_FQCN, KafkaHeaders.EXCEPTION_FQCN);
    // The listener's own exception is a wrapper; its cause says what actually went wrong.
    String fqcn =
        cause != null
                && (exception == null || exception.endsWith("ListenerExecutionFailedException"))
            ? cause
            : exception;
    return fqcn == null ? "Unknown" : fqcn.substring(fqcn.lastIndexOf('.') + 1);
  }

  private static String errorMessage(Headers headers) {
    String message =
        header(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, KafkaHeaders.EXCEPTION_MESSAGE);
    if (message == null || message.isBlank()) {
      return "dead-lettered without an exception message";
    }
    if (message.startsWith(LISTENER_FAILED)) {
      message = message.substring(LISTENER_FAILED.length());
    }
    String redacted = SecretRedactor.redact(message);
    return redacted.length() > MAX_MESSAGE_CHARS
        ? redacted.substring(0, MAX_MESSAGE_CHARS) + "…"
        : redacted;
  }

  // The standard dead-letter name first; records that came through retry topics also carry it.
  private static String header(Headers headers, String dltName, String retryName) {
    return firstPresent(TaskHeaders.text(headers, dltName), TaskHeaders.text(headers, retryName));
  }

  private static String firstPresent(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}

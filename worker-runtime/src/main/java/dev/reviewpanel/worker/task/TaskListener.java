package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.SecretRedactor;
import dev.reviewpanel.events.ReviewTask;
import java.nio.ByteBuffer;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;

/**
 * Consumes the agent's task topic and its retry topics. Unreadable records and invalid tasks are
 * refused on the consumer thread and go straight to the dead-letter topic; valid tasks run in the
 * instance's {@link InFlightTasks} window, and a failure there goes to the retry topics, then to
 * the dead-letter topic. Failures are logged redacted: their messages can quote the source under
 * review.
 */
class TaskListener {

  private static final Logger log = LoggerFactory.getLogger(TaskListener.class);

  private final TaskValidator validator;
  private final TaskRunner runner;
  private final WorkerMetrics metrics;
  private final int maxAttempts;
  private final InFlightTasks inFlight;

  TaskListener(
      TaskValidator validator,
      TaskRunner runner,
      WorkerMetrics metrics,
      int maxAttempts,
      InFlightTasks inFlight) {
    this.validator = validator;
    this.runner = runner;
    this.metrics = metrics;
    this.maxAttempts = maxAttempts;
    this.inFlight = inFlight;
  }

  @KafkaListener(
      id = "#{@reviewTaskTopics.group()}",
      clientIdPrefix = "#{@reviewTaskTopics.group()}",
      topics = "#{@reviewTaskTopics.tasks()}",
      containerFactory = KafkaClientsConfiguration.TASK_LISTENER_FACTORY)
  void onTask(ConsumerRecord<String, ReviewTask> record) {
    ReviewTask task;
    try {
      task = validator.validate(record.value());
    } catch (InvalidTaskException e) {
      log.warn(
          "Dead-lettering record {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          SecretRedactor.redact(e.getMessage()));
      throw e;
    }
    inFlight.submit(record, owned -> run(task, record, owned));
  }

  /** On a worker thread: what it throws is forwarded to the next retry topic or the DLT. */
  void run(ReviewTask task, ConsumerRecord<?, ?> record) {
    run(task, record, () -> true);
  }

  /** As {@link #run(ReviewTask, ConsumerRecord)}, publishing only while {@code owned}. */
  void run(ReviewTask task, ConsumerRecord<?, ?> record, BooleanSupplier owned) {
    int attempt = attempt(record);
    try {
      runner.run(task, attempt, owned);
    } catch (RuntimeException e) {
      if (attempt < maxAttempts) {
        metrics.task(WorkerMetrics.RETRIED);
      }
      log.warn(
          "Task {} failed on attempt {} of {}: {}",
          task.taskId(),
          attempt,
          maxAttempts,
          SecretRedactor.redact(e.toString()));
      throw e;
    }
  }

  /** 1 on the task topic; the retry topics carry the attempt number in a header. */
  static int attempt(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
    if (header == null || header.value() == null) {
      return 1;
    }
    byte[] value = header.value();
    if (value.length == Integer.BYTES) {
      return ByteBuffer.wrap(value).getInt();
    }
    return value.length == 1 ? Byte.toUnsignedInt(value[0]) : 1;
  }
}

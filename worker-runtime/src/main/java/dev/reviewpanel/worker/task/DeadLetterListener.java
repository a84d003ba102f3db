package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.AgentResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Turns every record that reaches the task dead-letter topic (poison, invalid, or out of retries)
 * into a FAILED result and an AGENT_FAILED event, so the review can finish as PARTIAL at once. It
 * reads raw bytes, so it never chokes on the record that choked the task listener.
 */
class DeadLetterListener {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterListener.class);

  private final OutcomePublisher publisher;
  private final WorkerMetrics metrics;
  private final String agent;
  private final String workerId;

  DeadLetterListener(
      OutcomePublisher publisher, WorkerMetrics metrics, String agent, String workerId) {
    this.publisher = publisher;
    this.metrics = metrics;
    this.agent = agent;
    this.workerId = workerId;
  }

  @KafkaListener(
      id = "#{@reviewTaskTopics.deadLetterGroup()}",
      clientIdPrefix = "#{@reviewTaskTopics.deadLetterGroup()}",
      topics = "#{@reviewTaskTopics.deadLetter()}",
      containerFactory = KafkaClientsConfiguration.DEAD_LETTER_LISTENER_FACTORY)
  void onDeadLetter(ConsumerRecord<String, byte[]> record) {
    DeadLetter letter = DeadLetter.of(record);
    log.warn(
        "Task record {}-{}@{} was dead-lettered: {}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        letter.errorType(),
        letter.errorMessage());
    metrics.task(WorkerMetrics.DEAD_LETTERED);
    // Synthesis can only close a task it can name: without both ids a FAILED result is noise.
    if (letter.reviewId() == null || letter.taskId() == null) {
      log.error(
          "Dead letter {}@{} names no review task: no FAILED result",
          record.topic(),
          record.offset());
      return;
    }
    publisher.failed(
        new AgentResult(
            AgentResult.SCHEMA_VERSION,
            null,
            letter.reviewId(),
            letter.taskId(),
            agent,
            AgentResult.Status.FAILED,
            null,
            null,
            new AgentResult.Error(letter.errorType(), letter.errorMessage()),
            workerId));
    metrics.task(WorkerMetrics.FAILED);
  }
}

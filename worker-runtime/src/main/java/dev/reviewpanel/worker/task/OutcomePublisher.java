package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Writes what a worker has to say about a task: its one {@code AgentResult} to {@code
 * review-results} (waiting for the broker, so a failed send is retried like any transient failure)
 * and progress events to {@code review-events} (fire and forget: they are informative).
 */
class OutcomePublisher {

  private static final Logger log = LoggerFactory.getLogger(OutcomePublisher.class);
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final KafkaOperations<String, Object> kafka;
  private final String agent;
  private final String workerId;
  private final int maxFindingEvents;

  OutcomePublisher(
      KafkaOperations<String, Object> kafka, String agent, String workerId, int maxFindingEvents) {
    this.kafka = kafka;
    this.agent = agent;
    this.workerId = workerId;
    this.maxFindingEvents = maxFindingEvents;
  }

  void started(ReviewTask task) {
    event(
        task.reviewId(),
        ReviewEvent.Type.AGENT_STARTED,
        Map.of("taskId", task.taskId(), "files", task.files().size(), "workerId", workerId));
  }

  /** Publishes a COMPLETED result, then at most the configured number of FINDING events. */
  void completed(AgentResult result, int skippedFiles, int problems) {
    send(result);
    List<Finding> findings = result.findings();
    findings.stream().limit(maxFindingEvents).forEach(f -> finding(result, f));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", result.taskId());
    data.put("findings", findings.size());
    data.put("durationMs", result.stats().durationMs());
    data.put("files", result.stats().files());
    data.put("skippedFiles", skippedFiles);
    data.put("analyzerProblems", problems);
    data.put("findingEventsOmitted", Math.max(0, findings.size() - maxFindingEvents));
    event(result.reviewId(), ReviewEvent.Type.AGENT_COMPLETED, data);
  }

  /** Publishes a FAILED result and the AGENT_FAILED event. */
  void failed(AgentResult result) {
    send(result);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", result.taskId() == null ? "" : result.taskId());
    data.put("errorType", result.error().type());
    data.put("message", result.error().message());
    event(result.reviewId(), ReviewEvent.Type.AGENT_FAILED, data);
  }

  private void finding(AgentResult result, Finding finding) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", result.taskId());
    data.put("ruleId", finding.ruleId());
    data.put("severity", String.valueOf(finding.severity()));
    data.put("path", finding.location().path());
    data.put("line", finding.location().startLine());
    data.put("title", finding.title());
    // The coordinator's read model drops redelivered FINDING events by fingerprint.
    if (finding.fingerprint() != null) {
      data.put("fingerprint", finding.fingerprint());
    }
    event(result.reviewId(), ReviewEvent.Type.FINDING, data);
  }

  private void send(AgentResult result) {
    try {
      kafka
          .send(Topics.REVIEW_RESULTS, result.reviewId(), result)
          .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while publishing the result", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("could not publish the result of " + result.taskId(), e);
    }
  }

  private void event(String reviewId, ReviewEvent.Type type, Map<String, Object> data) {
    ReviewEvent event = ReviewEvent.of(reviewId, type, agent, data);
    kafka
        .send(Topics.REVIEW_EVENTS, reviewId, event)
        .whenComplete(
            (sent, error) -> {
              if (error != null) {
                log.warn("Could not publish {} event of review {}", type, reviewId, error);
              }
            });
  }
}

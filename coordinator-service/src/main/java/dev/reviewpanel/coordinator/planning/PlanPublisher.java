package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes a planned review in one Kafka transaction: ACCEPTED, the plan, every task and PLANNED
 * become visible together or not at all. Inside a listener's transaction it joins that one, so the
 * consumed request's offset commits with them.
 */
@Component
public class PlanPublisher {

  private final KafkaTemplate<String, Object> template;

  public PlanPublisher(KafkaTemplate<String, Object> template) {
    this.template = template;
  }

  public void publish(PlannedReview review) {
    if (template.inTransaction()) {
      send(template, review);
    } else {
      template.executeInTransaction(
          operations -> {
            send(operations, review);
            return null;
          });
    }
  }

  private static void send(KafkaOperations<String, Object> operations, PlannedReview review) {
    String reviewId = review.reviewId();
    operations.send(Topics.REVIEW_EVENTS, reviewId, accepted(review));
    operations.send(Topics.REVIEW_PLANS, reviewId, review.plan());
    for (PlannedReview.TopicTask planned : review.tasks()) {
      ProducerRecord<String, Object> record =
          new ProducerRecord<>(
              planned.topic(), reviewId, EventJson.mapper().writeValueAsBytes(planned.task()));
      record.headers().add(Topics.REVIEW_ID_HEADER, reviewId.getBytes(StandardCharsets.UTF_8));
      record
          .headers()
          .add(Topics.TASK_ID_HEADER, planned.task().taskId().getBytes(StandardCharsets.UTF_8));
      operations.send(record);
    }
    operations.send(Topics.REVIEW_EVENTS, reviewId, planned(review));
  }

  private static ReviewEvent accepted(PlannedReview review) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("files", review.request().files().size());
    // what the backlog's size bound counts on every replica, whichever intake took the review
    data.put("lines", review.lines());
    data.put("submittedAt", review.plan().submittedAt().toString());
    return ReviewEvent.of(review.reviewId(), ReviewEvent.Type.ACCEPTED, null, data);
  }

  private static ReviewEvent planned(PlannedReview review) {
    Map<String, Integer> byAgent = review.tasksByAgent();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("tasks", review.tasks().size());
    data.put("agents", byAgent.keySet().stream().toList());
    data.put("tasksByAgent", byAgent);
    data.put("deadline", review.plan().deadline().toString());
    data.put("notAnalyzed", review.plan().notAnalyzed().size());
    return ReviewEvent.of(review.reviewId(), ReviewEvent.Type.PLANNED, null, data);
  }
}

package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.AgentId;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;

/** The serdes of the topology, with the checks an inbound record must pass to be processed. */
final class EventSerdes {

  private EventSerdes() {}

  static JsonSerde<ReviewPlan> plans() {
    return new JsonSerde<>(ReviewPlan.class, EventSerdes::checkPlan);
  }

  static JsonSerde<AgentResult> results() {
    return new JsonSerde<>(AgentResult.class, EventSerdes::checkResult);
  }

  static JsonSerde<ReviewReport> reports() {
    return new JsonSerde<>(ReviewReport.class);
  }

  static JsonSerde<ReviewEvent> events() {
    return new JsonSerde<>(ReviewEvent.class);
  }

  static JsonSerde<ReviewAggregate> aggregates() {
    return new JsonSerde<>(ReviewAggregate.class);
  }

  private static void checkPlan(ReviewPlan plan) {
    require(isPresent(plan.reviewId()), "plan without reviewId");
    require(plan.deadline() != null, "plan " + plan.reviewId() + " without deadline");
    Set<String> taskIds = new HashSet<>();
    for (PlannedTask task : plan.tasks()) {
      require(
          task != null && isPresent(task.taskId()) && AgentId.isValid(task.agent()),
          "plan " + plan.reviewId() + " has a task without taskId or valid agent");
      require(taskIds.add(task.taskId()), "plan " + plan.reviewId() + " repeats " + task.taskId());
    }
  }

  private static void checkResult(AgentResult result) {
    require(isPresent(result.reviewId()), "result without reviewId");
    require(isPresent(result.taskId()), "result of " + result.reviewId() + " without taskId");
    require(result.status() != null, "result " + result.taskId() + " without status");
  }

  private static boolean isPresent(String value) {
    return value != null && !value.isBlank();
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new SerializationException("Invalid record: " + problem);
    }
  }
}

package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.code.config.RepositoryConfig;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.coordinator.messaging.TopicProperties;
import dev.reviewpanel.coordinator.validation.DefaultsProperties;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.ReviewTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides which agents look at which files: agents = requested ∩ registry ∩ applicable to the
 * files' languages; each agent's files are sharded so no task nears Kafka's record size limit.
 */
@Component
public class ReviewPlanner {

  // room for the task envelope, headers and record overhead next to the files themselves
  private static final long RECORD_HEADROOM = 64 * 1024;

  private final AgentRegistry registry;
  private final ReviewScope scope;
  private final PlanningProperties planning;
  private final DefaultsProperties defaults;
  private final long recordBudget;

  public ReviewPlanner(
      AgentRegistry registry,
      ReviewScope scope,
      PlanningProperties planning,
      DefaultsProperties defaults,
      TopicProperties topics) {
    this.registry = registry;
    this.scope = scope;
    this.planning = planning;
    this.defaults = defaults;
    this.recordBudget = Math.max(1, topics.maxMessageBytes().toBytes() - RECORD_HEADROOM);
  }

  /** Plans {@code request}, whose reviewId is already final and whose files all passed intake. */
  public PlannedReview plan(ReviewRequest request, Instant now) {
    return plan(request, List.of(), now);
  }

  /**
   * Plans {@code request}, whose reviewId is already final.
   *
   * @param atIntake files accepted but not to be analyzed (validation's list): they go to no agent
   *     and are listed in the plan's {@code notAnalyzed}
   */
  public PlannedReview plan(ReviewRequest request, List<NotAnalyzed> atIntake, Instant now) {
    String reviewId = request.reviewId();
    Duration timeout = request.timeout() == null ? defaults.timeout() : request.timeout();
    Instant deadline = now.plus(timeout);
    // every task carries the configuration, and its files' baseline entries count with them
    long configBytes = request.config() == null ? 0 : utf8Length(request.config());
    long shardBudget =
        Math.max(1, Math.min(planning.maxBytesPerTask().toBytes(), recordBudget - configBytes));
    Map<String, List<Baseline.Entry>> baseline = byPath(request.baseline());
    Set<String> requested = request.agents() == null ? null : Set.copyOf(request.agents());
    List<AgentRegistry.RegisteredAgent> agents =
        registry.all().stream()
            .filter(agent -> requested == null || requested.contains(agent.id()))
            .toList();
    FileTriage.Sorted sorted =
        FileTriage.sort(
            scope.filesToReview(request),
            atIntake,
            agents,
            requested != null,
            recordBudget,
            ReviewPlanner::serializedSize);

    List<PlannedReview.TopicTask> tasks = new ArrayList<>();
    for (AgentRegistry.RegisteredAgent agent : agents) {
      List<ReviewTask.File> applicable =
          sorted.files().stream().filter(f -> agent.supports(f.language())).toList();
      List<List<ReviewTask.File>> shards =
          Sharder.shard(
              applicable,
              planning.maxFilesPerTask(),
              shardBudget,
              file -> sorted.sizes().get(file) + baselineSize(baseline.get(file.path())));
      for (int index = 0; index < shards.size(); index++) {
        String taskId = reviewId + ":" + agent.id() + ":" + index;
        ReviewTask task =
            new ReviewTask(
                ReviewTask.SCHEMA_VERSION,
                now,
                reviewId,
                taskId,
                agent.id(),
                new ReviewTask.Shard(index, shards.size()),
                shards.get(index),
                deadline,
                request.config(),
                request.options(),
                request
                    .baseline()
                    .about(shards.get(index).stream().map(ReviewTask.File::path).toList()));
        tasks.add(new PlannedReview.TopicTask(agent.topic(), task));
      }
    }
    List<ReviewPlan.PlannedTask> planned =
        tasks.stream()
            .map(t -> new ReviewPlan.PlannedTask(t.task().taskId(), t.task().agent()))
            .toList();
    ReviewPlan plan =
        new ReviewPlan(
            ReviewPlan.SCHEMA_VERSION,
            now,
            reviewId,
            planned,
            deadline,
            now,
            request.source(),
            sorted.notAnalyzed(),
            failOn(request.config()));
    return new PlannedReview(request, plan, tasks);
  }

  // the repository's fail-on travels to synthesis in the plan; intake has checked the config
  static ReviewPlan.FailOn failOn(String config) {
    RepositoryConfig.FailOn failOn = RepositoryConfigReader.read(config).failOn();
    if (failOn == null) {
      return null;
    }
    return failOn.atLeast() == null
        ? ReviewPlan.FailOn.NONE
        : ReviewPlan.FailOn.valueOf(failOn.atLeast().name());
  }

  private static Map<String, List<Baseline.Entry>> byPath(Baseline baseline) {
    Map<String, List<Baseline.Entry>> byPath = new HashMap<>();
    baseline
        .findings()
        .forEach(e -> byPath.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e));
    return byPath;
  }

  private static long baselineSize(List<Baseline.Entry> entries) {
    return entries == null ? 0 : EventJson.mapper().writeValueAsBytes(entries).length;
  }

  private static long utf8Length(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static long serializedSize(ReviewTask.File file) {
    return EventJson.mapper().writeValueAsBytes(file).length;
  }
}

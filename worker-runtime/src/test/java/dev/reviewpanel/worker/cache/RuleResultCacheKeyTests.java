package dev.reviewpanel.worker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewTask;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules cache key changes with everything that changes the rules' findings, and only that. */
class RuleResultCacheKeyTests {

  private static final ReviewTask.File FILE =
      new ReviewTask.File("app/db.py", "python", "cursor.execute(q)\n", null);

  private final RuleResultCache cache = new RuleResultCache(null, "rules-v1", null, "security");

  @Test
  void shouldKeepTheKeyOfAnIdenticalTaskOfAnotherReview() {
    assertThat(cache.key(task("r1", "fail-on: high\n"), "engine"))
        .isEqualTo(cache.key(task("r2", "fail-on: high\n"), "engine"));
  }

  @Test
  void shouldChangeTheKeyWithTheConfigurationTheEngineSettingsAndTheRulesVersion() {
    String key = cache.key(task("r1", "fail-on: high\n"), "engine");

    assertThat(cache.key(task("r1", "taint:\n  sinks: []\n"), "engine")).isNotEqualTo(key);
    assertThat(cache.key(task("r1", "fail-on: high\n"), "engine with other test patterns"))
        .isNotEqualTo(key);
    assertThat(
            new RuleResultCache(null, "rules-v2", null, "security")
                .key(task("r1", "fail-on: high\n"), "engine"))
        .isNotEqualTo(key);
    assertThat(cache.key(withBaseline(task("r1", "fail-on: high\n")), "engine")).isNotEqualTo(key);
  }

  private static ReviewTask task(String reviewId, String config) {
    return new ReviewTask(
        1,
        Instant.EPOCH,
        reviewId,
        reviewId + ":security:0",
        "security",
        new ReviewTask.Shard(0, 1),
        List.of(FILE),
        Instant.EPOCH.plusSeconds(60),
        config,
        ReviewOptions.DEFAULTS);
  }

  private static ReviewTask withBaseline(ReviewTask task) {
    return new ReviewTask(
        task.schemaVersion(),
        task.occurredAt(),
        task.reviewId(),
        task.taskId(),
        task.agent(),
        task.shard(),
        task.files(),
        task.deadline(),
        task.config(),
        task.options(),
        new Baseline(1, List.of(new Baseline.Entry("0b7f", "python.sql-injection", "app/db.py"))));
  }
}

package dev.reviewpanel.worker;

import dev.reviewpanel.events.AgentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a worker runs: which agent it is, how long a task may take, how many consumers it runs, and
 * how transient failures are retried.
 *
 * @param agent the agent id, e.g. {@code security}; the worker consumes {@code
 *     review-tasks-<agent>}
 * @param taskBudget analysis stops at the earlier of this budget and the task's deadline
 * @param concurrency how many consumers and in-flight tasks one instance runs
 * @param maxFindingEvents at most this many FINDING events per task, so a noisy file cannot flood
 *     {@code review-events}
 * @param maxFindingsPerTask at most this many findings in one result, most severe first, so a
 *     result stays far below Kafka's record size limit; the result's error says what was dropped
 * @param retry back-off of the non-blocking retry topics
 * @param pauseThreshold the process standing still longer than this (stopped, frozen VM, long GC
 *     pause) counts as a pause: a task whose budget ran out during one runs again instead of
 *     publishing a truncated result
 * @param parseCacheChars parses of files kept for reuse in this process, by characters of their
 *     text (0: none): the cross-file pass and the file's own turn read one tree, and when one JVM
 *     runs several agents (the local stack) each text is parsed once instead of once per agent. A
 *     Java tree takes about 90 bytes of heap per character of its text: the default keeps ~9 MB
 * @param taskParseChars parses that running tasks hold from their cross-file pass until each file's
 *     own turn, by characters of their text, over all running tasks of the process (0: none): a
 *     task's files are then parsed and modelled once whatever {@code parseCacheChars} is. The
 *     default holds one task of the planner's largest (512 KB), ~55 MB of Java trees at most; tasks
 *     past the bound parse their files again at their turns
 */
@Validated
@ConfigurationProperties("review.worker")
public record WorkerProperties(
    @NotBlank String agent,
    @NotNull @DefaultValue("PT30S") Duration taskBudget,
    @Valid @NotNull @DefaultValue Concurrency concurrency,
    @Min(0) @DefaultValue("50") int maxFindingEvents,
    @Min(1) @Max(5000) @DefaultValue("500") int maxFindingsPerTask,
    @Valid @NotNull @DefaultValue Retry retry,
    @NotNull @DefaultValue("2s") Duration pauseThreshold,
    @Min(0) @DefaultValue("100000") long parseCacheChars,
    @Min(0) @DefaultValue("600000") long taskParseChars) {

  /** True when {@link #agent} is a valid open agent id. */
  @AssertTrue(message = "review.worker.agent must be lowercase letters, digits and dashes")
  public boolean isAgentValid() {
    return agent == null || AgentId.isValid(agent);
  }

  /**
   * How much one instance works on at once. Tasks wait seconds on remote models, so an instance
   * keeps many in flight, independent of how many partitions it owns; offsets are committed in
   * order, only past tasks that have finished.
   *
   * @param consumers Kafka consumers (listener threads) per listened topic; more than the partition
   *     count is useless
   * @param maxInFlight tasks analyzed at once by this instance, over the task topic and its retry
   *     topics together; at the limit the consumers pause (and keep polling) until one finishes
   * @param drainTimeout on partition revocation or shutdown, how long in-flight tasks of the
   *     partitions given up may take to finish and be committed; those still running are not
   *     committed and will be redelivered
   */
  public record Concurrency(
      @Min(1) @Max(64) @DefaultValue("1") int consumers,
      @Min(1) @Max(1024) @DefaultValue("32") int maxInFlight,
      @NotNull @DefaultValue("PT10S") Duration drainTimeout) {}

  /**
   * Exponential back-off between attempts of a task that failed transiently.
   *
   * @param attempts total deliveries, the first one included; then the record is dead-lettered
   */
  public record Retry(
      @Min(1) @Max(10) @DefaultValue("3") int attempts,
      @NotNull @DefaultValue("1s") Duration initialBackoff,
      @DecimalMin("1.0") @DefaultValue("2") double multiplier,
      @NotNull @DefaultValue("10s") Duration maxBackoff) {}
}

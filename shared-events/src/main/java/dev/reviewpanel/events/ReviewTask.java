package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/**
 * Work for one agent: a shard of a review's files.
 *
 * @param config the review's repository configuration ({@code .review-panel.yml} text, validated at
 *     intake), or null
 * @param options the review's switches
 * @param baseline the review's accepted findings about this task's files
 */
public record ReviewTask(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    String taskId,
    String agent,
    Shard shard,
    List<File> files,
    Instant deadline,
    String config,
    ReviewOptions options,
    Baseline baseline) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewTask {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    files = files == null ? List.of() : List.copyOf(files);
    shard = shard == null ? new Shard(0, 1) : shard;
    options = options == null ? ReviewOptions.DEFAULTS : options;
    baseline = baseline == null ? Baseline.EMPTY : baseline;
  }

  /** A task without a baseline. */
  public ReviewTask(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      String taskId,
      String agent,
      Shard shard,
      List<File> files,
      Instant deadline,
      String config,
      ReviewOptions options) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        taskId,
        agent,
        shard,
        files,
        deadline,
        config,
        options,
        null);
  }

  /** A task without repository configuration, with default options. */
  public ReviewTask(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      String taskId,
      String agent,
      Shard shard,
      List<File> files,
      Instant deadline) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        taskId,
        agent,
        shard,
        files,
        deadline,
        null,
        null,
        null);
  }

  /** Which part of the review this task is: {@code index} of {@code count}, 0-based. */
  public record Shard(int index, int count) {}

  /**
   * A file to analyze.
   *
   * @param changedLines null to analyze the whole file; otherwise only findings on these lines
   *     count
   */
  public record File(String path, String language, String content, List<LineRange> changedLines) {

    public File {
      changedLines = changedLines == null ? null : List.copyOf(changedLines);
    }

    /** True when a finding on {@code line} should be reported. */
    public boolean isChanged(int line) {
      return changedLines == null || changedLines.stream().anyMatch(r -> r.contains(line));
    }
  }
}

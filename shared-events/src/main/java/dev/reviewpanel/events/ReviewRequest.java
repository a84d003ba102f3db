package dev.reviewpanel.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to review code, sent by REST or as a record on {@link Topics#REVIEW_REQUESTS}.
 *
 * @param reviewId optional; assigned by the coordinator when absent
 * @param idempotencyKey optional; the same key always yields the same review
 * @param diff optional unified diff; findings are then kept only on changed lines
 * @param agents optional subset of agents; all applicable agents when absent
 * @param timeout optional ISO-8601 duration; the coordinator's default when absent
 * @param config optional repository configuration: the text of a {@code .review-panel.yml}
 * @param options optional per-review switches; {@link ReviewOptions#DEFAULTS} when absent
 * @param baseline optional accepted findings: the content of a {@code .review-panel-baseline.json};
 *     findings listed there are reported as suppressed, not counted
 */
public record ReviewRequest(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    String idempotencyKey,
    SourceRef source,
    List<File> files,
    String diff,
    List<String> agents,
    Duration timeout,
    String config,
    ReviewOptions options,
    Baseline baseline) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewRequest {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    files = files == null ? List.of() : List.copyOf(files);
    agents = agents == null ? null : List.copyOf(agents);
    options = options == null ? ReviewOptions.DEFAULTS : options;
    baseline = baseline == null ? Baseline.EMPTY : baseline;
  }

  /** A request without a baseline. */
  public ReviewRequest(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      String idempotencyKey,
      SourceRef source,
      List<File> files,
      String diff,
      List<String> agents,
      Duration timeout,
      String config,
      ReviewOptions options) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        idempotencyKey,
        source,
        files,
        diff,
        agents,
        timeout,
        config,
        options,
        null);
  }

  /** A request without repository configuration, with default options. */
  public ReviewRequest(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      String idempotencyKey,
      SourceRef source,
      List<File> files,
      String diff,
      List<String> agents,
      Duration timeout) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        idempotencyKey,
        source,
        files,
        diff,
        agents,
        timeout,
        null,
        null,
        null);
  }

  /** This request with {@code reviewId} set, everything else as it is. */
  public ReviewRequest withReviewId(String reviewId) {
    return new ReviewRequest(
        schemaVersion,
        occurredAt,
        reviewId,
        idempotencyKey,
        source,
        files,
        diff,
        agents,
        timeout,
        config,
        options,
        baseline);
  }

  /** This request with {@code idempotencyKey} set, everything else as it is. */
  public ReviewRequest withIdempotencyKey(String idempotencyKey) {
    return new ReviewRequest(
        schemaVersion,
        occurredAt,
        reviewId,
        idempotencyKey,
        source,
        files,
        diff,
        agents,
        timeout,
        config,
        options,
        baseline);
  }

  /**
   * The review id every coordinator replica gives a request with this idempotency key: a name-based
   * UUID, so a sender can know the id of its review before the coordinator answers.
   */
  public static String reviewIdFor(String idempotencyKey) {
    return UUID.nameUUIDFromBytes(("idem:" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** A file to review; {@code language} is detected from the path when absent. */
  public record File(String path, String content, String language) {}
}

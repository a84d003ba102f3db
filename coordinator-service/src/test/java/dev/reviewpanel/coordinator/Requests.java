package dev.reviewpanel.coordinator;

import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.ReviewRequest;
import java.time.Duration;
import java.util.List;

/** Builds review requests for tests. */
public final class Requests {

  private Requests() {}

  public static ReviewRequest.File file(String path, String content) {
    return new ReviewRequest.File(path, content, null);
  }

  public static ReviewRequest of(ReviewRequest.File... files) {
    return new ReviewRequest(1, null, null, null, null, List.of(files), null, null, null);
  }

  public static ReviewRequest withAgents(List<String> agents, ReviewRequest.File... files) {
    return new ReviewRequest(1, null, null, null, null, List.of(files), null, agents, null);
  }

  public static ReviewRequest withDiff(String diff, ReviewRequest.File... files) {
    return new ReviewRequest(1, null, null, null, null, List.of(files), diff, null, null);
  }

  public static ReviewRequest withTimeout(Duration timeout, ReviewRequest.File... files) {
    return new ReviewRequest(1, null, null, null, null, List.of(files), null, null, timeout);
  }

  public static ReviewRequest withRepositorySettings(
      String config, Baseline baseline, ReviewRequest.File... files) {
    return new ReviewRequest(
        1, null, null, null, null, List.of(files), null, null, null, config, null, baseline);
  }

  public static ReviewRequest withIds(
      String reviewId, String idempotencyKey, ReviewRequest.File... files) {
    return new ReviewRequest(
        1, null, reviewId, idempotencyKey, null, List.of(files), null, null, null);
  }
}

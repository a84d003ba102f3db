package dev.reviewpanel.coordinator.validation;

import dev.reviewpanel.coordinator.planning.AgentRegistry;
import dev.reviewpanel.events.AgentId;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.report.diff.DiffFormatException;
import dev.reviewpanel.report.diff.UnifiedDiffParser;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every rule a review request must pass before anything is enqueued, the same for REST and Kafka.
 * Throws {@link ReviewRejectedException} at the first violation.
 */
@Component
public class RequestValidator {

  private static final int MAX_IDEMPOTENCY_KEY = 200;

  private final LimitsProperties limits;
  private final AgentRegistry registry;
  private final FileRules fileRules;
  private final UnifiedDiffParser diffParser = new UnifiedDiffParser();

  public RequestValidator(LimitsProperties limits, AgentRegistry registry) {
    this.limits = limits;
    this.registry = registry;
    this.fileRules = new FileRules(limits);
  }

  public void validate(ReviewRequest request) {
    if (request.reviewId() != null && !ReviewIds.isUuid(request.reviewId())) {
      throw new ReviewRejectedException(
          Rejection.INVALID_REVIEW_ID, "reviewId must be a UUID", "reviewId");
    }
    String key = request.idempotencyKey();
    if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
      throw new ReviewRejectedException(
          Rejection.INVALID_IDEMPOTENCY_KEY,
          "idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY + " characters",
          "idempotencyKey");
    }
    checkFiles(request.files());
    checkDiff(request.diff());
    checkAgents(request.agents());
    checkTimeout(request.timeout());
    RepositorySettings.check(request.config(), request.baseline());
  }

  private void checkFiles(List<ReviewRequest.File> files) {
    if (files.isEmpty()) {
      throw new ReviewRejectedException(Rejection.NO_FILES, "a review needs files", "files");
    }
    if (files.size() > limits.maxFiles()) {
      throw new ReviewRejectedException(
          Rejection.TOO_MANY_FILES,
          files.size() + " files, more than the limit of " + limits.maxFiles(),
          "files");
    }
    Set<String> paths = new HashSet<>();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      total += fileRules.check(files.get(i), i);
      if (!paths.add(files.get(i).path())) {
        throw new ReviewRejectedException(
            Rejection.DUPLICATE_PATH,
            "path " + files.get(i).path() + " appears more than once",
            "files[" + i + "].path");
      }
      if (total > limits.maxTotalBytes().toBytes()) {
        throw new ReviewRejectedException(
            Rejection.TOTAL_TOO_LARGE,
            "files add up to more than the limit of " + limits.maxTotalBytes().toBytes() + " bytes",
            "files");
      }
    }
  }

  private void checkDiff(String diff) {
    if (diff == null) {
      return;
    }
    TextScan scan = TextScan.of(diff);
    if (scan.utf8Bytes() > limits.maxTotalBytes().toBytes()) {
      throw new ReviewRejectedException(
          Rejection.TOTAL_TOO_LARGE,
          "diff is more than the limit of " + limits.maxTotalBytes().toBytes() + " bytes",
          "diff");
    }
    if (scan.hasNul() || scan.hasBrokenSurrogate()) {
      throw new ReviewRejectedException(Rejection.INVALID_DIFF, "diff is not valid text", "diff");
    }
    try {
      diffParser.parse(diff);
    } catch (DiffFormatException e) {
      throw new ReviewRejectedException(
          Rejection.INVALID_DIFF, "diff cannot be read: " + e.getMessage(), "diff");
    }
  }

  private void checkAgents(List<String> agents) {
    if (agents == null) {
      return;
    }
    if (agents.isEmpty()) {
      throw new ReviewRejectedException(
          Rejection.INVALID_AGENT, "agents, when given, must name at least one agent", "agents");
    }
    for (int i = 0; i < agents.size(); i++) {
      String agent = agents.get(i);
      if (!AgentId.isValid(agent)) {
        throw new ReviewRejectedException(
            Rejection.INVALID_AGENT,
            "'" + agent + "' is not a valid agent id",
            "agents[" + i + "]");
      }
      if (!registry.contains(agent)) {
        throw new ReviewRejectedException(
            Rejection.UNKNOWN_AGENT,
            "agent '" + agent + "' is not registered; known: " + knownAgents(),
            "agents[" + i + "]");
      }
    }
  }

  private void checkTimeout(Duration timeout) {
    if (timeout != null
        && (timeout.isNegative()
            || timeout.isZero()
            || timeout.compareTo(limits.maxTimeout()) > 0)) {
      throw new ReviewRejectedException(
          Rejection.INVALID_TIMEOUT,
          "timeout must be positive and at most " + limits.maxTimeout(),
          "timeout");
    }
  }

  private String knownAgents() {
    return String.join(
        ", ", registry.all().stream().map(AgentRegistry.RegisteredAgent::id).toList());
  }
}

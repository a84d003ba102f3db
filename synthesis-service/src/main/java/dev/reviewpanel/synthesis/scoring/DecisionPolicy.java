package dev.reviewpanel.synthesis.scoring;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Turns findings into a verdict: REJECT at or above {@code reject-at}, REQUEST_CHANGES at or above
 * {@code request-changes-at}, else APPROVE. A FAILED review (no agent completed) requests changes,
 * because code nobody could review must not be approved.
 */
@Component
public class DecisionPolicy {

  private final DecisionProperties properties;

  public DecisionPolicy(DecisionProperties properties) {
    this.properties = properties;
  }

  public Decision decide(Status status, Collection<Finding> findings) {
    if (findings.stream().anyMatch(f -> reaches(f, properties.rejectAt()))) {
      return Decision.REJECT;
    }
    if (status == Status.FAILED
        || findings.stream().anyMatch(f -> reaches(f, properties.requestChangesAt()))) {
      return Decision.REQUEST_CHANGES;
    }
    return Decision.APPROVE;
  }

  private static boolean reaches(Finding finding, Severity threshold) {
    return finding.severity() != null && finding.severity().atLeast(threshold);
  }
}

package dev.reviewpanel.synthesis.report;

import dev.reviewpanel.report.risk.RiskBands;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The decision as bands of the risk score (docs/scoring.md): APPROVE below {@code
 * request-changes-at}, REQUEST_CHANGES from it, REJECT from {@code reject-at}.
 */
@Validated
@ConfigurationProperties("review.decision")
public record DecisionProperties(
    @Min(1) @Max(99) @DefaultValue("30") int requestChangesAt,
    @Min(2) @Max(100) @DefaultValue("70") int rejectAt) {

  @AssertTrue(message = "review.decision.request-changes-at must be below reject-at")
  public boolean isOrdered() {
    return requestChangesAt < rejectAt;
  }

  RiskBands bands() {
    return new RiskBands(requestChangesAt, rejectAt);
  }
}

package dev.reviewpanel.gateway.postback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The commit status and links the gateway posts.
 *
 * @param context the status's name on the commit (require it in branch protection to gate merges)
 * @param reportUrl where a review's full report is, with {@code {reviewId}} in it (e.g. {@code
 *     https://review.example.com/api/reviews/{reviewId}/report?format=markdown}); none when blank
 * @param failOn the decision from which the status is a failure
 */
@Validated
@ConfigurationProperties("review.gateway.status")
public record StatusProperties(
    @DefaultValue("review-panel") @NotBlank String context,
    String reportUrl,
    @DefaultValue("request-changes") @NotNull FailOn failOn) {

  public enum FailOn {
    REQUEST_CHANGES,
    REJECT,
    NEVER
  }

  /** The full report's URL for a review, or null. */
  public String reportUrl(String reviewId) {
    return reportUrl == null || reportUrl.isBlank()
        ? null
        : reportUrl.replace("{reviewId}", reviewId);
  }
}

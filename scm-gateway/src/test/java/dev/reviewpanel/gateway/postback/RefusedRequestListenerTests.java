package dev.reviewpanel.gateway.postback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.gateway.scm.Provider;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the gateway's own refused requests become failed reviews on a pull request. */
class RefusedRequestListenerTests {

  private static final String SHA = "ac5790b8ac5790b8ac5790b8ac5790b8ac5790b8";
  private static final SourceRef SOURCE = new SourceRef("acme/shop", "17", SHA, "feature/17");

  @Test
  void shouldRecognizeTheGatewaysRequestsByTheirIdempotencyKey() {
    assertThat(RefusedRequestListener.ownerOf(request("github:acme/shop:17:" + SHA, SOURCE)))
        .contains(Provider.GITHUB);
    assertThat(RefusedRequestListener.ownerOf(request("gitlab:acme/shop:17:" + SHA, SOURCE)))
        .contains(Provider.GITLAB);
  }

  @Test
  void shouldLeaveOtherServicesRequestsAlone() {
    assertThat(RefusedRequestListener.ownerOf(request(null, SOURCE))).isEmpty();
    assertThat(RefusedRequestListener.ownerOf(request("ci-run-4711", SOURCE))).isEmpty();
    assertThat(RefusedRequestListener.ownerOf(request("github:acme/shop:18:" + SHA, SOURCE)))
        .isEmpty();
    assertThat(RefusedRequestListener.ownerOf(request("github:acme/shop:17:" + SHA, null)))
        .isEmpty();
  }

  @Test
  void shouldReportTheRefusalAsAFailedReviewOfTheSameIdWithTheReason() {
    ReviewRequest request = request("github:acme/shop:17:" + SHA, SOURCE);

    ReviewReport report =
        RefusedRequestListener.refusal(
            request, "invalid_config: .review-panel.yml is invalid: line 1: ...", Instant.EPOCH);

    assertThat(report.reviewId()).isEqualTo(ReviewRequest.reviewIdFor(request.idempotencyKey()));
    assertThat(report.status()).isEqualTo(ReviewReport.Status.FAILED);
    assertThat(report.decision()).isNull();
    assertThat(report.summary())
        .isEqualTo("Review refused: invalid_config: .review-panel.yml is invalid: line 1: ...");
    assertThat(report.source()).isEqualTo(SOURCE);
    assertThat(report.findings()).isEmpty();
  }

  private static ReviewRequest request(String idempotencyKey, SourceRef source) {
    return new ReviewRequest(
        ReviewRequest.SCHEMA_VERSION,
        Instant.EPOCH,
        null,
        idempotencyKey,
        source,
        List.of(new ReviewRequest.File("app/a.py", "x = 1\n", "python")),
        null,
        null,
        null,
        "fail-on: hgh\n",
        null,
        null);
  }
}

package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The scm-gateway cuts each review to the coordinator's intake limits, so the coordinator never
 * refuses a pull request's review: their settings must agree, and a request must fit one record.
 */
class GatewayLimitsTests {

  @Test
  void shouldCutReviewsToTheCoordinatorsLimitsAndOneRecord() {
    Map<String, Object> gateway = ServiceConfig.of("scm-gateway").properties();
    Map<String, Object> coordinator = ServiceConfig.of("coordinator").properties();
    for (String limit :
        new String[] {"max-files", "max-file-bytes", "max-total-bytes", "max-line-length"}) {
      assertThat(String.valueOf(gateway.get("review.gateway.limits." + limit)))
          .as("review.gateway.limits.%s = the coordinator's review.limits.%s", limit, limit)
          .isEqualTo(String.valueOf(coordinator.get("review.limits." + limit)));
    }
    DataSize request =
        DataSize.parse(String.valueOf(gateway.get("review.gateway.limits.max-request-bytes")));
    DataSize record =
        DataSize.parse(String.valueOf(coordinator.get("review.topics.max-message-bytes")));
    assertThat(request.toBytes()).isLessThan(record.toBytes());
  }
}

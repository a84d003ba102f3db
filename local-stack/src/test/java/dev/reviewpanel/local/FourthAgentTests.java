package dev.reviewpanel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.local.accessibility.FourAgentStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A fourth agent joins with one worker and coordinator configuration only: the coordinator and
 * synthesis code are the shipped ones, untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FourAgentStack.class)
class FourthAgentTests {

  private LocalStack stack;

  @BeforeAll
  void useStackWithAFourthAgent(LocalStack stack) {
    this.stack = stack;
  }

  @Test
  void shouldPlanAndSynthesizeAnAgentAddedOnlyInConfiguration() throws Exception {
    String request =
        """
        {"files": [
          {"path": "ui/menu.js", "content": "function focusFirst(menu) {\\n  menu.firstChild.tabIndex = 3;\\n}\\n"},
          {"path": "Service.java", "content": "class Service { int twice(int x) { return 2 * x; } }\\n"}
        ]}
        """;
    HttpClient http = HttpClient.newHttpClient();
    String coordinator = stack.url("coordinator");
    HttpResponse<String> accepted =
        http.send(
            HttpRequest.newBuilder(URI.create(coordinator + "/api/reviews"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + FourAgentStack.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(request))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String reviewId = PipelineContract.json(accepted.body()).path("reviewId").asString();

    JsonNode review =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    PipelineContract.json(
                        http.send(
                                HttpRequest.newBuilder(
                                        URI.create(coordinator + "/api/reviews/" + reviewId))
                                    .header("Authorization", "Bearer " + FourAgentStack.API_KEY)
                                    .build(),
                                HttpResponse.BodyHandlers.ofString())
                            .body()),
                // REPORT_READY may be read a moment before the report itself
                r -> r.path("status").asString().equals("COMPLETE") && r.path("report").isObject());

    JsonNode report = review.path("report");
    assertThat(PipelineContract.agentsOf(report))
        .containsExactlyInAnyOrder("security", "bug", "performance", "accessibility");
    assertThat(PipelineContract.ruleIds(report)).contains("javascript.positive-tabindex");
  }
}

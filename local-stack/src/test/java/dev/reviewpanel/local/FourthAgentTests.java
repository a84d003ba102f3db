package dev.reviewpanel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.local.accessibility.AccessibilityAgent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A fourth agent joins with one worker and coordinator configuration only: the coordinator and
 * synthesis code are the shipped ones, untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FourthAgentTests {

  private LocalStack stack;

  @BeforeAll
  void startStackWithAFourthAgent() throws Exception {
    List<ServiceSpec> services = AccessibilityAgent.services();
    Map<String, String> properties = AccessibilityAgent.registry();
    stack =
        LocalStack.start(
            new LocalStack.Settings(
                null,
                LocalKafkaBroker.freePort(),
                LocalKafkaBroker.freePort(),
                Files.createTempDirectory("review-panel-fourth-agent-"),
                3,
                properties,
                TestStacks.randomPorts(services),
                services,
                Duration.ofSeconds(120)));
  }

  @AfterAll
  void stopStack() {
    if (stack != null) {
      stack.close();
    }
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
                                    .build(),
                                HttpResponse.BodyHandlers.ofString())
                            .body()),
                r -> r.path("status").asString().equals("COMPLETE"));

    JsonNode report = review.path("report");
    assertThat(PipelineContract.agentsOf(report))
        .containsExactlyInAnyOrder("security", "bug", "performance", "accessibility");
    assertThat(PipelineContract.ruleIds(report)).contains("javascript.positive-tabindex");
  }
}

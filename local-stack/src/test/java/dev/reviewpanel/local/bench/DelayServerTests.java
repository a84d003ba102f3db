package dev.reviewpanel.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelayServerTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldAnswerEachAgentAfterItsOwnLatencyAndTimeItsSpanOfRequests() throws Exception {
    try (DelayServer model =
        new DelayServer()
            .agentLatencies(Map.of("security", Duration.ofMillis(300), "bug", Duration.ZERO))) {
      long started = System.nanoTime();
      assertThat(ask(model, "security")).contains("findings");
      long securityMillis = (System.nanoTime() - started) / 1_000_000;
      ask(model, "bug");
      ask(model, "bug");

      Map<String, DelayServer.Span> spans = model.takeSpans();

      assertThat(securityMillis).isGreaterThanOrEqualTo(300);
      assertThat(spans.get("security").requests()).isEqualTo(1);
      assertThat(spans.get("security").millis()).isGreaterThanOrEqualTo(300);
      assertThat(spans.get("bug").requests()).isEqualTo(2);
      assertThat(spans.get("bug").millis()).isLessThan(securityMillis);
      assertThat(model.takeSpans()).isEmpty();
    }
  }

  private String ask(DelayServer model, String agent) throws Exception {
    String body =
        "{\"model\":\"bench-model\",\"messages\":[{\"role\":\"system\",\"content\":"
            + "\"You are the "
            + agent
            + " reviewer of an automated code-review panel (agent: "
            + agent
            + ").\"}]}";
    return http.send(
            HttpRequest.newBuilder(URI.create(model.uri() + "/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}

package dev.reviewpanel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UpCommandTests {

  @Test
  void shouldExplainAKafkaPortInUseInsteadOfAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("localhost", 0));
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int exit =
          ReviewPanelCommand.run(
              new String[] {"up", "--no-demo", "--review.local.kafka-port=" + taken.getLocalPort()},
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .startsWith("review-panel: port " + taken.getLocalPort() + " for Kafka is in use")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void shouldRejectAnArgumentThatIsNotAProperty() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        ReviewPanelCommand.run(
            new String[] {"up", "now"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument 'now'");
  }

  @Test
  void shouldPrintTheUsageForHelpAfterAnyCommand() {
    for (String command : new String[] {"analyze", "baseline", "submit", "evaluate", "up"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      int exit =
          ReviewPanelCommand.run(
              new String[] {command, "--help"},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

      assertThat(exit).as(command).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as(command)
          .contains("usage: review-panel up", "review-panel " + command);
    }
  }

  @Test
  void shouldPointToTheBoardAndSayWhenItWillAskForAKey() {
    assertThat(UpCommand.boardLine("http://127.0.0.1:8080", false))
        .isEqualTo("Review board: http://127.0.0.1:8080/");
    assertThat(UpCommand.boardLine("http://127.0.0.1:8080", true))
        .isEqualTo(
            "Review board: http://127.0.0.1:8080/"
                + "  (asks once per browser session for one of the API keys)");
  }
}

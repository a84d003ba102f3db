package dev.reviewpanel.local.submit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.ReviewEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentBoardTests {

  private static final List<ReviewEvent> EVENTS =
      List.of(
          ReviewEvent.of(
              "r",
              ReviewEvent.Type.PLANNED,
              null,
              Map.of("agents", List.of("security", "bug"), "tasksByAgent", tasks())),
          ReviewEvent.of("r", ReviewEvent.Type.AGENT_STARTED, "security", Map.of()),
          ReviewEvent.of(
              "r",
              ReviewEvent.Type.AGENT_COMPLETED,
              "security",
              Map.of("findings", 3, "durationMs", 40)),
          ReviewEvent.of("r", ReviewEvent.Type.AGENT_FAILED, "bug", Map.of("message", "boom")),
          ReviewEvent.of(
              "r",
              ReviewEvent.Type.AGENT_COMPLETED,
              "security",
              Map.of("findings", 1, "durationMs", 55)));

  private static Map<String, Object> tasks() {
    Map<String, Object> tasks = new java.util.LinkedHashMap<>();
    tasks.put("security", 2);
    tasks.put("bug", 1);
    return tasks;
  }

  @Test
  void shouldRedrawOneLinePerAgentInPlaceOnATerminal() {
    String shown = play(true);

    assertThat(shown).contains("\033[2A"); // back over the two agent lines
    String last = shown.substring(shown.lastIndexOf("\033[2A"));
    assertThat(last)
        .contains("security     completed  2/2 task(s)  4 finding(s)  55 ms")
        .contains("bug          failed     1/1 task(s)  0 finding(s)");
  }

  @Test
  void shouldPrintPlainLinesElsewhere() {
    String shown = play(false);

    assertThat(shown).doesNotContain("\033");
    assertThat(shown.lines())
        .containsExactly(
            "planned: [security (2 task(s)), bug (1 task(s))]",
            "security: running 1/2 task(s) 3 finding(s)",
            "bug: failed 1/1 task(s) 0 finding(s)",
            "security: completed 2/2 task(s) 4 finding(s) 55 ms");
  }

  private static String play(boolean terminal) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgentBoard board = new AgentBoard(new PrintStream(out, true, StandardCharsets.UTF_8), terminal);
    EVENTS.forEach(board::on);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The taint engine's depth, seen through the command-injection sink: constant folding of conditions
 * and switches, overwritten values, keyed maps, indexed lists, propagators, sanitizers, allow-list
 * guards and summaries of methods of the same file.
 */
class TaintDepthTests {

  private final CommandInjectionAnalyzer analyzer = new CommandInjectionAnalyzer();
  private final Fixture fixture = Fixture.load("java/TaintDepth.java", Language.JAVA);

  @Test
  void shouldReportOnlyFlowsThatCanHappen() {
    assertThat(fixture.expected()).hasSize(7);

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldTraceTheSourceToTheSinkInTheMessage() {
    assertThat(fixture.findings(analyzer))
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("CWE-78")
                    .contains("request header 'X-Cmd' → raw → parts → first → Runtime.exec"));
  }
}

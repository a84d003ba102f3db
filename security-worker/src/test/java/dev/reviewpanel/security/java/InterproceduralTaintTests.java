package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Taint across calls, seen through the command-injection sink: unknown methods pass their
 * arguments' taint on unless they are lookups or validators, and a sink inside a helper sees the
 * request data its callers in the same file hand it, through helpers of helpers.
 */
class InterproceduralTaintTests {

  private final CommandInjectionAnalyzer analyzer = new CommandInjectionAnalyzer();
  private final Fixture fixture = Fixture.load("java/InterproceduralTaint.java", Language.JAVA);

  @Test
  void shouldReportOnlyTheFlowsThatCarryRequestData() {
    assertThat(fixture.expected()).hasSize(4);

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldTraceAHelperSinkBackToItsCaller() {
    assertThat(fixture.findings(analyzer))
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("CWE-78")
                    .contains("request data passed by a caller as 'line' → Runtime.exec"));
  }
}

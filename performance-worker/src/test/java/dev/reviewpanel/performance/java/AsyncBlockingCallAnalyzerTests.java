package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class AsyncBlockingCallAnalyzerTests {

  private final AsyncBlockingCallAnalyzer analyzer = new AsyncBlockingCallAnalyzer();

  @Test
  void shouldFlagBlockingCallsInAsyncStagesButNotOnDedicatedExecutorsOrBoundedElastic() {
    assertThat(found(analyzer, "java/BlockingAsync.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.blocking-call-in-async@29",
            "java.blocking-call-in-async@38",
            "java.blocking-call-in-async@48",
            "java.blocking-call-in-async@49",
            "java.blocking-call-in-async@55",
            "java.blocking-call-in-async@62");
  }

  @Test
  void shouldFlagBlockingClientsInReactorChainsButNotTheirAsyncMethods() {
    assertThat(found(analyzer, "java/BlockingClients.java", Language.JAVA))
        .containsExactly("java.blocking-call-in-async@22");
  }
}

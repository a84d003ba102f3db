package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class BlockingCallInAsyncAnalyzerTests {

  private final BlockingCallInAsyncAnalyzer analyzer = new BlockingCallInAsyncAnalyzer();

  @Test
  void shouldFlagBlockingCallsInAsyncDefButNotAwaitedOrThreadedOnes() {
    assertThat(found(analyzer, "python/blocking_async.py", Language.PYTHON))
        .containsExactly(
            "python.blocking-call-in-async@11",
            "python.blocking-call-in-async@12",
            "python.blocking-call-in-async@13");
  }
}

package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class RepeatedStreamInLoopAnalyzerTests {

  private final RepeatedStreamInLoopAnalyzer analyzer = new RepeatedStreamInLoopAnalyzer();

  @Test
  void shouldFlagStreamsReopenedPerIterationButNotIndexedLocalOrChangedCollections() {
    assertThat(found(analyzer, "java/RepeatedStream.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.repeated-stream-in-loop@23",
            "java.repeated-stream-in-loop@25",
            "java.repeated-stream-in-loop@26",
            "java.repeated-stream-in-loop@27",
            "java.repeated-stream-in-loop@30",
            "java.repeated-stream-in-loop@73");
  }
}

package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class NPlusOneAnalyzerTests {

  private final NPlusOneAnalyzer analyzer = new NPlusOneAnalyzer();

  @Test
  void shouldFlagEachDatabaseAndHttpCallInsideLoopsAndNothingElse() {
    assertThat(found(analyzer, "java/NPlusOne.java", Language.JAVA))
        .containsExactly(
            "java.n-plus-one@34",
            "java.n-plus-one@47",
            "java.n-plus-one@49",
            "java.n-plus-one@64",
            "java.n-plus-one@65",
            "java.n-plus-one@68",
            "java.n-plus-one@74",
            "java.n-plus-one@78",
            "java.n-plus-one@85",
            "java.n-plus-one@86");
  }
}

package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class BoxedAccumulatorAnalyzerTests {

  private final BoxedAccumulatorAnalyzer analyzer = new BoxedAccumulatorAnalyzer();

  @Test
  void shouldFlagBoxedAccumulatorsUpdatedInLoopsOnly() {
    assertThat(found(analyzer, "java/BoxedAccumulator.java", Language.JAVA))
        .containsExactly("java.boxed-accumulator-in-loop@12", "java.boxed-accumulator-in-loop@13");
  }
}

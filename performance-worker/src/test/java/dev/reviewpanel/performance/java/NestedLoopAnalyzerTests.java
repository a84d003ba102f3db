package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class NestedLoopAnalyzerTests {

  private final NestedLoopAnalyzer analyzer = new NestedLoopAnalyzer();

  @Test
  void shouldFlagInnerLoopOverTheOuterLoopsCollectionOnly() {
    assertThat(found(analyzer, "java/NestedLoops.java", Language.JAVA))
        .containsExactly(
            "java.nested-loop-same-collection@15",
            "java.nested-loop-same-collection@22",
            "java.nested-loop-same-collection@26");
  }
}

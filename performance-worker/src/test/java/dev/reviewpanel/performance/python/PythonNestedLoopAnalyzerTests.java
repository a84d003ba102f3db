package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonNestedLoopAnalyzerTests {

  private final PythonNestedLoopAnalyzer analyzer = new PythonNestedLoopAnalyzer();

  @Test
  void shouldFlagInnerLoopsOverTheOuterCollectionButNotOtherCollectionsOrNestedFunctions() {
    assertThat(found(analyzer, "python/nested_loops.py", Language.PYTHON))
        .containsExactly(
            "python.nested-loop-same-collection@7",
            "python.nested-loop-same-collection@16",
            "python.nested-loop-same-collection@24",
            "python.nested-loop-same-collection@27",
            "python.nested-loop-same-collection@64");
  }
}

package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptNestedLoopAnalyzerTests {

  private final ScriptNestedLoopAnalyzer analyzer = new ScriptNestedLoopAnalyzer();

  @Test
  void shouldFlagInnerLoopsAndCallbacksOverTheOuterArrayButNotOtherArraysOrLaterCallbacks() {
    assertThat(found(analyzer, "javascript/nested_loops.js", Language.JAVASCRIPT))
        .containsExactly(
            "javascript.nested-loop-same-collection@4",
            "javascript.nested-loop-same-collection@14",
            "javascript.nested-loop-same-collection@21",
            "javascript.nested-loop-same-collection@26");
  }
}

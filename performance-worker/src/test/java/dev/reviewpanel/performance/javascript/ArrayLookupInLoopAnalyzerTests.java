package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ArrayLookupInLoopAnalyzerTests {

  private final ArrayLookupInLoopAnalyzer analyzer = new ArrayLookupInLoopAnalyzer();

  @Test
  void shouldFlagArrayScansInLoopsButNotSetsOrStringsInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.array-lookup-in-loop@41");
  }

  @Test
  void shouldFlagArrayScansInLoopsButNotSetsOrStringsInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.array-lookup-in-loop@17");
  }

  @Test
  void shouldTreatAFewLiteralsAsAFixedSetButScanOtherArrays() {
    assertThat(found(analyzer, "javascript/small_lists.js", Language.JAVASCRIPT))
        .containsExactly("javascript.array-lookup-in-loop@14");
  }
}

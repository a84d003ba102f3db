package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptStringConcatAnalyzerTests {

  private final ScriptStringConcatAnalyzer analyzer = new ScriptStringConcatAnalyzer();

  @Test
  void shouldFlagStringsGrownAcrossIterationsButNotPerIterationOnesInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.string-concat-in-loop@38");
  }

  @Test
  void shouldFlagStringsGrownAcrossIterationsButNotPerIterationOnesInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.string-concat-in-loop@16");
  }

  @Test
  void shouldFlagStringsGrownWithLiteralsWhateverTheyStartedAs() {
    assertThat(found(analyzer, "javascript/small_lists.js", Language.JAVASCRIPT))
        .containsExactly("javascript.string-concat-in-loop@20");
  }
}

package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class RegExpInLoopAnalyzerTests {

  private final RegExpInLoopAnalyzer analyzer = new RegExpInLoopAnalyzer();

  @Test
  void shouldFlagRegExpBuiltPerIterationButNotLiteralsInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.regex-in-loop@37");
  }

  @Test
  void shouldFlagRegExpBuiltPerIterationButNotLiteralsInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.regex-in-loop@21");
  }

  @Test
  void shouldLeavePatternsCompiledOnceEachAndKeptAlone() {
    assertThat(found(analyzer, "javascript/cors_origins.js", Language.JAVASCRIPT))
        .containsExactly("javascript.regex-in-loop@28", "javascript.regex-in-loop@45");
  }

  @Test
  void shouldLeaveACopyOfARegexLiteralAloneButFlagAPatternBuiltInTheLoop() {
    assertThat(found(analyzer, "javascript/nested_fields.js", Language.JAVASCRIPT))
        .containsExactly("javascript.regex-in-loop@21");
  }
}

package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class AwaitInLoopAnalyzerTests {

  private final AwaitInLoopAnalyzer analyzer = new AwaitInLoopAnalyzer();

  @Test
  void shouldFlagSequentialAwaitsOverItemsButNotPaginationOrForAwaitInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.await-in-loop@12", "javascript.await-in-loop@16");
  }

  @Test
  void shouldFlagSequentialAwaitsOverItemsButNotPaginationOrForAwaitInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.await-in-loop@18");
  }
}

package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptQueryInLoopAnalyzerTests {

  private final ScriptQueryInLoopAnalyzer analyzer = new ScriptQueryInLoopAnalyzer();

  @Test
  void shouldFlagRequestsAndQueriesPerItemButNotBatchesOrPromiseAllFanOutInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.n-plus-one@11", "javascript.n-plus-one@14");
  }

  @Test
  void shouldFlagQueriesThatRunButNotSqlFragmentsOrInMemoryObjects() {
    assertThat(found(analyzer, "javascript/query_builders.js", Language.JAVASCRIPT))
        .containsExactly(
            "javascript.n-plus-one@7",
            "javascript.n-plus-one@10",
            "javascript.n-plus-one@46",
            "javascript.n-plus-one@68");
  }

  @Test
  void shouldFlagRequestsAndQueriesPerItemButNotBatchesOrPromiseAllFanOutInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.n-plus-one@14");
  }
}

package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class SyncIoInHandlerAnalyzerTests {

  private final SyncIoInHandlerAnalyzer analyzer = new SyncIoInHandlerAnalyzer();

  @Test
  void shouldFlagSyncIoInRequestHandlersButNotAtStartupInJavaScript() {
    assertThat(found(analyzer, "javascript/orders.js", Language.JAVASCRIPT))
        .containsExactly("javascript.sync-io-in-handler@22", "javascript.sync-io-in-handler@27");
  }

  @Test
  void shouldFlagSyncIoInRequestHandlersButNotAtStartupInTypeScript() {
    assertThat(found(analyzer, "typescript/orders.ts", Language.TYPESCRIPT))
        .containsExactly("javascript.sync-io-in-handler@26");
  }
}

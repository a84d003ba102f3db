package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParseCache;
import dev.reviewpanel.code.analysis.SourceFile;
import org.junit.jupiter.api.Test;

class SharedParsesTests {

  @Test
  void shouldGiveEveryWorkerOfTheProcessWithTheSameBoundOneCache() {
    ParseCache security = SharedParses.of(123_456, 600_000);
    ParseCache bug = SharedParses.of(123_456, 600_000);
    String text = "class Shared { void m() { run(); } }\n";

    security.open(SourceFile.of("Shared.java", Language.JAVA, text)).java();
    long hits = bug.hits();
    bug.open(SourceFile.of("Shared.java", Language.JAVA, text)).java();

    assertThat(bug).isSameAs(security);
    assertThat(bug.hits()).isEqualTo(hits + 1);
    assertThat(SharedParses.of(123_456, 0)).isNotSameAs(security);
    assertThat(SharedParses.of(0, 0)).as("0 switches sharing off").isSameAs(ParseCache.NONE);
  }
}

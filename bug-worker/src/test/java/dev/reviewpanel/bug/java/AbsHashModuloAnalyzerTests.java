package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class AbsHashModuloAnalyzerTests {

  private final AbsHashModuloAnalyzer analyzer = new AbsHashModuloAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/SuspiciousCode.java", Language.JAVA))
        .containsExactlyInAnyOrder("java.abs-hash-modulo@22", "java.abs-hash-modulo@23");
  }
}

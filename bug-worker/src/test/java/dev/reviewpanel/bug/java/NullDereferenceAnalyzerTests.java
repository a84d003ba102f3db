package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class NullDereferenceAnalyzerTests {

  private final NullDereferenceAnalyzer analyzer = new NullDereferenceAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/NullDereference.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.null-dereference@9",
            "java.null-dereference@14",
            "java.null-dereference@16",
            "java.null-dereference@19",
            "java.null-dereference@22",
            "java.null-dereference@29");
  }
}

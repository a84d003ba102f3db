package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class WholeFileIterationAnalyzerTests {

  private final WholeFileIterationAnalyzer analyzer = new WholeFileIterationAnalyzer();

  @Test
  void shouldFlagReadAllLinesThatIsOnlyIteratedButNotWhenIndexed() {
    assertThat(found(analyzer, "java/WholeFile.java", Language.JAVA))
        .containsExactly(
            "java.read-all-into-memory@14",
            "java.read-all-into-memory@17",
            "java.read-all-into-memory@21");
  }
}

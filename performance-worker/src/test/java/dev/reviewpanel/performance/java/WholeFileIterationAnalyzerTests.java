package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WholeFileIterationAnalyzerTests {

  private final WholeFileIterationAnalyzer analyzer = new WholeFileIterationAnalyzer();

  @Test
  void shouldFlagReadAllLinesThatIsOnlyIteratedButNotWhenIndexed() {
    assertThat(found(analyzer, "java/WholeFile.java", Language.JAVA))
        .containsExactly(
            "java.read-all-into-memory@14",
            "java.read-all-into-memory@17",
            "java.read-all-into-memory@21",
            "java.read-all-into-memory@41");
  }

  @Test
  void shouldLowerAKeyFileButNotAFileOfOtherData() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/WholeFile.java", Language.JAVA);

    assertThat(byLine.get(41).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(41).message()).contains("'keyPath' names a key or certificate file");
    assertThat(byLine.get(14).severity()).isEqualTo(Severity.MEDIUM);
  }
}

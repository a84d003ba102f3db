package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ReadAllIntoMemoryAnalyzerTests {

  private final ReadAllIntoMemoryAnalyzer analyzer = new ReadAllIntoMemoryAnalyzer();

  @Test
  void shouldFlagWholeFileReadsWhoseLinesAreOnlyIterated() {
    assertThat(found(analyzer, "python/read_all.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.read-all-into-memory@8",
            "python.read-all-into-memory@11",
            "python.read-all-into-memory@15",
            "python.read-all-into-memory@17");
  }
}

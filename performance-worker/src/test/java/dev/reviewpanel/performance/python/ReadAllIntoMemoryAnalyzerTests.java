package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.performance.FixtureRun;
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
            "python.read-all-into-memory@17",
            "python.read-all-into-memory@43",
            "python.read-all-into-memory@46",
            "python.read-all-into-memory@49",
            "python.read-all-into-memory@59");
  }

  @Test
  void shouldBeMediumOnlyWhereTheDataEvidentlyHasNoBound() {
    assertThat(
            FixtureRun.analyze(analyzer, "python/read_all.py", Language.PYTHON).toList().stream()
                .map(f -> f.location().startLine() + ":" + f.severity()))
        .containsExactlyInAnyOrder(
            // a file at a path the caller gives, a settings file: nothing shows it grows large
            "8:LOW",
            "11:LOW",
            "15:LOW",
            "17:LOW",
            "59:LOW",
            // an upload, a socket, a log
            "43:MEDIUM",
            "46:MEDIUM",
            "49:MEDIUM");
  }
}

package dev.reviewpanel.performance;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every analyzer over idiomatic code that streams, indexes and offloads: nothing to report. */
class CleanCodeTests {

  @ParameterizedTest
  @CsvSource({"java/Clean.java, JAVA", "python/clean.py, PYTHON"})
  void shouldReportNothingOnIdiomaticCode(String fixture, Language language) {
    List<Analyzer> applicable =
        AnalyzerRobustnessTests.ALL.stream()
            .filter(analyzer -> analyzer.languages().contains(language))
            .toList();

    ParsedFile parsed = FixtureRun.parse(fixture, language);
    if (language == Language.JAVA) {
      assertThat(parsed.javaProblem()).isNull();
    } else {
      assertThat(parsed.syntaxTree().root().hasError()).isFalse();
    }
    assertThat(applicable).isNotEmpty();
    for (Analyzer analyzer : applicable) {
      assertThat(found(analyzer, fixture, language)).as(analyzer.name()).isEmpty();
    }
  }
}

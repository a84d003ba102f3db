package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonStringConcatAnalyzerTests {

  private final PythonStringConcatAnalyzer analyzer = new PythonStringConcatAnalyzer();

  @Test
  void shouldFlagStringsGrownAcrossIterationsButNotPerIterationOnes() {
    assertThat(found(analyzer, "python/string_concat.py", Language.PYTHON))
        .containsExactly("python.string-concat-in-loop@5", "python.string-concat-in-loop@9");
  }
}

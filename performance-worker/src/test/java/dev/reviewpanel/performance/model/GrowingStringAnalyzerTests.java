package dev.reviewpanel.performance.model;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GrowingStringAnalyzerTests {

  private final GrowingStringAnalyzer analyzer = new GrowingStringAnalyzer();

  // Strings grown across iterations are flagged, strings local to one iteration are not; in
  // JavaScript a variable grown with text is a string whatever it started as (small_lists.js).
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "python/string_concat.py",
            Language.PYTHON,
            List.of("python.string-concat-in-loop@5", "python.string-concat-in-loop@9")),
        Arguments.of(
            "javascript/orders.js",
            Language.JAVASCRIPT,
            List.of("javascript.string-concat-in-loop@38")),
        Arguments.of(
            "typescript/orders.ts",
            Language.TYPESCRIPT,
            List.of("javascript.string-concat-in-loop@16")),
        Arguments.of(
            "javascript/small_lists.js",
            Language.JAVASCRIPT,
            List.of("javascript.string-concat-in-loop@20")),
        Arguments.of(
            "javascript/declared_strings.js",
            Language.JAVASCRIPT,
            List.of("javascript.string-concat-in-loop@6")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void shouldFlagStringsGrownAcrossIterationsButNotPerIterationOnes(
      String fixture, Language language, List<String> expected) {
    assertThat(found(analyzer, fixture, language)).containsExactlyElementsOf(expected);
  }
}

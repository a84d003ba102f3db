package dev.reviewpanel.performance.model;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SameCollectionLoopsAnalyzerTests {

  private final SameCollectionLoopsAnalyzer analyzer = new SameCollectionLoopsAnalyzer();

  // Inner loops over the outer collection are flagged; loops over other collections, keys of an
  // object, nested functions that run later and module-level tables are not.
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "java/NestedLoops.java",
            Language.JAVA,
            List.of(
                "java.nested-loop-same-collection@15",
                "java.nested-loop-same-collection@22",
                "java.nested-loop-same-collection@26")),
        Arguments.of(
            "python/nested_loops.py",
            Language.PYTHON,
            List.of(
                "python.nested-loop-same-collection@7",
                "python.nested-loop-same-collection@16",
                "python.nested-loop-same-collection@24",
                "python.nested-loop-same-collection@27",
                "python.nested-loop-same-collection@64")),
        Arguments.of(
            "javascript/nested_loops.js",
            Language.JAVASCRIPT,
            List.of(
                "javascript.nested-loop-same-collection@4",
                "javascript.nested-loop-same-collection@14",
                "javascript.nested-loop-same-collection@21",
                "javascript.nested-loop-same-collection@26")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void shouldFlagInnerLoopsOverTheOuterCollectionOnly(
      String fixture, Language language, List<String> expected) {
    assertThat(found(analyzer, fixture, language)).containsExactlyElementsOf(expected);
  }
}

package dev.reviewpanel.performance.model;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListLookupInLoopAnalyzerTests {

  private final ListLookupInLoopAnalyzer analyzer = new ListLookupInLoopAnalyzer();

  // Scans of lists built from data are flagged inside loops and callbacks; sets, strings, removal
  // by index and a few constants written in the code are not.
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "java/ListLookup.java",
            Language.JAVA,
            List.of(
                "java.list-lookup-in-loop@18",
                "java.list-lookup-in-loop@21",
                "java.list-lookup-in-loop@22")),
        Arguments.of(
            "python/list_membership.py",
            Language.PYTHON,
            List.of(
                "python.list-membership-in-loop@10",
                "python.list-membership-in-loop@12",
                "python.list-membership-in-loop@14")),
        Arguments.of(
            "javascript/orders.js",
            Language.JAVASCRIPT,
            List.of("javascript.array-lookup-in-loop@41")),
        Arguments.of(
            "typescript/orders.ts",
            Language.TYPESCRIPT,
            List.of("javascript.array-lookup-in-loop@17")),
        Arguments.of(
            "javascript/small_lists.js",
            Language.JAVASCRIPT,
            List.of("javascript.array-lookup-in-loop@14")));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void shouldFlagListScansInLoopsButNotSetsIndexRemovalOrAFewConstants(
      String fixture, Language language, List<String> expected) {
    assertThat(found(analyzer, fixture, language)).containsExactlyElementsOf(expected);
  }
}

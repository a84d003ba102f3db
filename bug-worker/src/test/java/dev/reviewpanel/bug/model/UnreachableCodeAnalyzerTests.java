package dev.reviewpanel.bug.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnreachableCodeAnalyzerTests {

  private final UnreachableCodeAnalyzer analyzer = new UnreachableCodeAnalyzer();

  // The first dead statement of each block is reported; the reachable look-alikes beside them
  // (loops that can be left, labeled blocks, hoisted and inert statements, with blocks) are not.
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "java/UnreachableCode.java",
            Language.JAVA,
            List.of(
                "java.unreachable-code@9",
                "java.unreachable-code@15",
                "java.unreachable-code@25",
                "java.unreachable-code@33",
                "java.unreachable-code@42",
                "java.unreachable-code@50",
                "java.unreachable-code@104")),
        Arguments.of(
            "python/unreachable.py",
            Language.PYTHON,
            List.of(
                "python.unreachable-code@8",
                "python.unreachable-code@14",
                "python.unreachable-code@25",
                "python.unreachable-code@33",
                "python.unreachable-code@39",
                "python.unreachable-code@94",
                "python.unreachable-code@116",
                "python.unreachable-code@169")),
        Arguments.of(
            "javascript/unreachable.js",
            Language.JAVASCRIPT,
            List.of(
                "javascript.unreachable-code@5",
                "javascript.unreachable-code@11",
                "javascript.unreachable-code@22",
                "javascript.unreachable-code@30",
                "javascript.unreachable-code@40",
                "javascript.unreachable-code@77")),
        Arguments.of(
            "typescript/unreachable.ts",
            Language.TYPESCRIPT,
            List.of("javascript.unreachable-code@8", "javascript.unreachable-code@14")));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void shouldReportTheFirstDeadStatementOfEachBlockAndNoReachableLookAlike(
      String fixture, Language language, List<String> expected) {
    assertThat(FixtureRun.ruleLines(analyzer, fixture, language))
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}

package dev.reviewpanel.bug.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SameOperandAnalyzerTests {

  private final SameOperandAnalyzer analyzer = new SameOperandAnalyzer();

  // Self-assignments and self-comparisons are reported; the look-alikes beside them (the NaN
  // test, reloads, different operands, calls, assertions, re-exports, a class attribute copied
  // onto the instance) are not.
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "python/same_operand.py",
            Language.PYTHON,
            List.of(
                "python.self-assignment@7",
                "python.self-assignment@10",
                "python.self-comparison@14",
                "python.self-comparison@17",
                "python.self-assignment@47",
                "python.self-assignment@81")),
        Arguments.of(
            "javascript/same-operand.js",
            Language.JAVASCRIPT,
            List.of(
                "javascript.self-assignment@6",
                "javascript.self-assignment@10",
                "javascript.self-comparison@15",
                "javascript.self-comparison@19")),
        Arguments.of(
            "typescript/same-operand.ts",
            Language.TYPESCRIPT,
            List.of("javascript.self-comparison@5", "javascript.self-assignment@9")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void shouldReportSelfAssignmentAndSelfComparisonButNoLookAlike(
      String fixture, Language language, List<String> expected) {
    assertThat(FixtureRun.ruleLines(analyzer, fixture, language))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void shouldRateANoOpOnABoundLocalLow() {
    assertThat(FixtureRun.severities(analyzer, "python/same_operand.py", Language.PYTHON))
        .contains(
            "python.self-assignment@7:MEDIUM",
            "python.self-assignment@10:MEDIUM",
            "python.self-assignment@47:LOW");
  }
}

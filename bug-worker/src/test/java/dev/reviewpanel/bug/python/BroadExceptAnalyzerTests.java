package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class BroadExceptAnalyzerTests {

  private final BroadExceptAnalyzer analyzer = new BroadExceptAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/broad_except.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.bare-except@9",
            "python.swallowed-exception@16",
            "python.swallowed-exception@82",
            "python.swallowed-exception@124",
            "python.empty-catch@137",
            "python.bare-except@183",
            "python.bare-except@192",
            "python.bare-except@198",
            "python.bare-except@204",
            "python.empty-catch@222",
            "python.bare-except@233",
            "python.bare-except@243",
            "python.bare-except@253",
            "python.bare-except@261",
            "python.bare-except@268",
            "python.bare-except@276",
            "python.bare-except@286",
            "python.bare-except@294",
            "python.bare-except@319",
            "python.bare-except@334",
            "python.bare-except@355",
            "python.bare-except@366",
            "python.bare-except@373",
            "python.empty-catch@392",
            "python.swallowed-exception@410");
  }

  @Test
  void shouldRateSwallowedFailuresByWhatTheyLose() {
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            "python.swallowed-exception@16:MEDIUM",
            "python.swallowed-exception@82:LOW",
            "python.swallowed-exception@124:LOW");
  }

  @Test
  void shouldRateABareExceptByWhatItsHandlerDoes() {
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            "python.bare-except@9:MEDIUM",
            "python.bare-except@183:LOW",
            "python.bare-except@192:LOW",
            "python.bare-except@198:LOW",
            "python.bare-except@204:MEDIUM");
  }

  @Test
  void shouldLowerABareExceptThatOnlyIgnoresOutsideALoopThatGoesRoundThroughIt() {
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            // a bare return after a failed connect; a pass in a loop whose body goes on after it
            "python.bare-except@233:LOW",
            "python.bare-except@243:LOW",
            // continue, and a pass that ends a while loop's body: the loop cannot be stopped
            "python.bare-except@253:MEDIUM",
            "python.bare-except@261:MEDIUM",
            // a fallback the code goes on with
            "python.bare-except@268:MEDIUM");
  }

  @Test
  void shouldLowerABareExceptWhoseHandlerReportsTheFailure() {
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            // a traceback printed; a log record for each callback of a for loop
            "python.bare-except@276:LOW", "python.bare-except@286:LOW");
  }

  @Test
  void shouldNotReportABareExceptThatLetsInterruptsThrough() {
    // an earlier clause re-raises KeyboardInterrupt and SystemExit (through a module tuple); the
    // handler hands the exception on as a Failure; the handler calls a function that exits
    assertThat(FixtureRun.ruleLines(analyzer, "python/broad_except.py", Language.PYTHON))
        .doesNotContain(
            "python.bare-except@310", "python.bare-except@326", "python.bare-except@351");
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            // only KeyboardInterrupt re-raised; a Failure of its own; a helper that does not exit
            "python.bare-except@319:MEDIUM",
            "python.bare-except@334:MEDIUM",
            "python.bare-except@355:MEDIUM");
  }

  @Test
  void shouldLowerAFallbackForAConversionOfAValueInHand() {
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains(
            // str(value).strip(), int(token.get("expires_at"))
            "python.bare-except@294:LOW",
            "python.bare-except@366:LOW",
            // a read from elsewhere: stat() on a stream, a request
            "python.bare-except@204:MEDIUM",
            "python.bare-except@373:MEDIUM");
  }

  @Test
  void shouldNotReportAReasonedSkipOrAFarewellBeforeAClose() {
    // a comment under the except line; a last message in close() whose finally closes
    assertThat(FixtureRun.ruleLines(analyzer, "python/broad_except.py", Language.PYTHON))
        .doesNotContain("python.empty-catch@383", "python.swallowed-exception@402");
    assertThat(FixtureRun.severities(analyzer, "python/broad_except.py", Language.PYTHON))
        .contains("python.empty-catch@392:MEDIUM", "python.swallowed-exception@410:MEDIUM");
  }
}

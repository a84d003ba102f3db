package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.testsupport.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A runaway analyzer is stopped at the deadline: at its next checkpoint when it polls the budget,
 * or abandoned on its thread when it does not. Either way the other analyzers' findings are kept
 * and what was cut off is reported. The runaway analyzers move a test clock past the deadline
 * themselves and never end on their own, so the outcome does not depend on the machine's speed.
 */
class BudgetTests {

  private static final Duration BUDGET = Duration.ofSeconds(3);
  private static final Duration PAST_BUDGET = BUDGET.plusSeconds(1);
  private static final Rule FIRST_LINE =
      new Rule("test.first-line", "test", null, Severity.LOW, null, "line one", "none");

  @Test
  void shouldStopAnAnalyzerThatPollsItsBudgetAndKeepTheOthersFindings() {
    TestClock clock = new TestClock();
    Analyzer polling =
        analyzer(
            "polling",
            (file, findings) -> {
              clock.advance(PAST_BUDGET);
              while (true) {
                file.budget().checkpoint();
              }
            });
    AnalysisEngine engine =
        new AnalysisEngine("test", List.of(firstLine(), polling, firstLine2()), clock);

    Analysis analysis = engine.analyze(List.of(file("A.py"), file("B.py")), BUDGET);

    assertThat(analysis.findings()).extracting(f -> f.location().path()).containsExactly("A.py");
    assertThat(analysis.problems()).isEmpty();
    assertThat(analysis.skipped())
        .extracting(Skipped::path, Skipped::reason, Skipped::analyzersNotRun)
        .containsExactly(
            tuple("A.py", Skipped.Reason.BUDGET_EXHAUSTED, List.of("polling", "first-line-2")),
            tuple(
                "B.py",
                Skipped.Reason.BUDGET_EXHAUSTED,
                List.of("first-line", "polling", "first-line-2")));
  }

  @Test
  void shouldStopATreeWalkThatNeverEnds() {
    TestClock clock = new TestClock();
    Analyzer walking =
        analyzer(
            "walking",
            (file, findings) -> {
              clock.advance(PAST_BUDGET);
              while (true) {
                file.syntaxTree().walk(node -> {});
              }
            });
    AnalysisEngine engine = new AnalysisEngine("test", List.of(firstLine(), walking), clock);

    Analysis analysis = engine.analyze(List.of(file("A.py")), BUDGET);

    assertThat(analysis.findings()).hasSize(1);
    assertThat(analysis.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.analyzersNotRun()).containsExactly("walking"));
  }

  @Test
  void shouldAbandonAnAnalyzerThatIgnoresItsBudget() {
    TestClock clock = new TestClock();
    Analyzer spinning =
        analyzer(
            "spinning",
            (file, findings) -> {
              clock.advance(PAST_BUDGET);
              // ignores checkpoints; only the interrupt sent when abandoned ends it
              while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
            });
    AnalysisEngine engine =
        new AnalysisEngine("test", List.of(firstLine(), spinning), clock, Duration.ofMillis(200));

    Analysis analysis = engine.analyze(List.of(file("A.py"), file("B.py")), BUDGET);

    assertThat(analysis.findings()).extracting(f -> f.location().path()).containsExactly("A.py");
    assertThat(analysis.problems())
        .extracting(Problem::analyzer, Problem::path)
        .containsExactly(tuple("spinning", "A.py"));
    assertThat(analysis.problems().get(0).error()).contains("abandoned");
    assertThat(analysis.skipped())
        .extracting(Skipped::path, Skipped::analyzersNotRun)
        .containsExactly(
            tuple("A.py", List.of("spinning")), tuple("B.py", List.of("first-line", "spinning")));
    assertThat(analysis.files()).isEqualTo(1);
  }

  @Test
  void shouldThrowFromACheckpointOnlyOnceTheDeadlinePassed() {
    Budget open =
        new Budget(Clock.systemUTC().instant().plus(Duration.ofHours(1)), Clock.systemUTC());
    Budget over = new Budget(Clock.systemUTC().instant().minusSeconds(1), Clock.systemUTC());

    for (int i = 0; i < 10 * Budget.CALLS_PER_CLOCK_READ; i++) {
      open.checkpoint();
    }
    assertThat(open.isOver()).isFalse();
    assertThat(over.isOver()).isTrue();
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < Budget.CALLS_PER_CLOCK_READ; i++) {
                over.checkpoint();
              }
            })
        .isInstanceOf(BudgetExceededException.class);
  }

  private static ReviewTask.File file(String path) {
    return new ReviewTask.File(path, "python", "import os\nos.getcwd()\n", null);
  }

  private static Analyzer firstLine() {
    return analyzer("first-line", (file, findings) -> findings.report(FIRST_LINE, 1, "one"));
  }

  private static Analyzer firstLine2() {
    return analyzer("first-line-2", (file, findings) -> findings.report(FIRST_LINE, 2, "two"));
  }

  private static Analyzer analyzer(String name, BiConsumer<ParsedFile, Findings> body) {
    return new Analyzer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Language> languages() {
        return Set.of(Language.PYTHON);
      }

      @Override
      public void analyze(ParsedFile file, Findings findings) {
        body.accept(file, findings);
      }
    };
  }
}

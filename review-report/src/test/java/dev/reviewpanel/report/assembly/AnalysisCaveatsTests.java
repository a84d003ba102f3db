package dev.reviewpanel.report.assembly;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.failed;
import static dev.reviewpanel.report.TestEvents.incomplete;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisCaveatsTests {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final ReviewPlan plan =
      new ReviewPlan(
          1,
          NOW,
          "r1",
          List.of(
              new PlannedTask("r1:bug:0", "bug"),
              new PlannedTask("r1:bug:1", "bug"),
              new PlannedTask("r1:security:0", "security"),
              new PlannedTask("r1:performance:0", "performance")),
          NOW.plusSeconds(120),
          NOW,
          null);

  @Test
  void shouldCountFailedAnalyzersAndFilesOverAnAgentsShards() {
    List<String> caveats =
        AnalysisCaveats.of(
            plan,
            results(
                incomplete(
                    completed("r1", "bug", 0, 10),
                    "AnalyzerProblems",
                    "2 analyzer problem(s): null-deref on src/a.py: boom; loops on src/a.py: x"),
                incomplete(
                    completed("r1", "bug", 1, 10),
                    "AnalyzerProblems",
                    "1 analyzer problem(s): null-deref on src/b.py: bad input; see logs"),
                completed("r1", "security", 0, 10)));

    assertThat(caveats).containsExactly("bug: 2 analyzers failed on 2 files");
  }

  @Test
  void shouldSayOneAnalyzerFailedOnOneFile() {
    List<String> caveats =
        AnalysisCaveats.of(
            plan,
            results(
                incomplete(
                    completed("r1", "bug", 0, 10),
                    "AnalyzerProblems",
                    "1 analyzer problem(s): NullDereference on src/Cart.java: NPE")));

    assertThat(caveats).containsExactly("bug: 1 analyzer failed on 1 file");
  }

  @Test
  void shouldDescribeBudgetCappedAndTruncatedMessages() {
    List<String> caveats =
        AnalysisCaveats.of(
            plan,
            results(
                incomplete(
                    completed("r1", "security", 0, 10),
                    "BudgetExhausted",
                    "time budget exhausted, 2 file(s) not fully analyzed: a.py (not run: taint);"
                        + " b.py (not run: taint, crypto). kept the 100 most severe of 150"
                        + " findings"),
                incomplete(
                    completed("r1", "bug", 0, 10),
                    "AnalyzerProblems",
                    "3 analyzer problem(s): a on x.py: e1; b on y.py: e…"),
                incomplete(completed("r1", "performance", 0, 10), "SomethingNew", "whatever")));

    assertThat(caveats)
        .containsExactly(
            "bug: 3 analyzer problems",
            "security: time budget ran out with 2 files not fully analyzed, kept the 100 most"
                + " severe of 150 findings",
            "performance: incomplete (SomethingNew)");
  }

  @Test
  void shouldHaveNoCaveatsForWholeOrFailedResults() {
    assertThat(
            AnalysisCaveats.of(
                plan, results(completed("r1", "bug", 0, 10), failed("r1", "security", 0))))
        .isEmpty();
  }

  private static Map<String, AgentResult> results(AgentResult... results) {
    Map<String, AgentResult> byTask = new HashMap<>();
    for (AgentResult result : results) {
      byTask.put(result.taskId(), result);
    }
    return byTask;
  }
}

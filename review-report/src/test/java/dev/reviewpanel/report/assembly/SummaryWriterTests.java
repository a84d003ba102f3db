package dev.reviewpanel.report.assembly;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryWriterTests {

  @Test
  void shouldWriteVerdictTopIssuesAndAgents() {
    List<Finding> findings =
        List.of(
            finding("security", "sql-injection", Severity.CRITICAL, "src/Orders.java", 42),
            finding("security", "command-injection", Severity.CRITICAL, "src/Run.java", 7),
            finding("bug", "null-deref", Severity.HIGH, "src/Cart.java", 3),
            finding("bug", "unused", Severity.LOW, "src/Cart.java", 9));
    List<AgentSummary> agents =
        List.of(
            new AgentSummary("security", AgentOutcome.COMPLETED, 2, 100),
            new AgentSummary("bug", AgentOutcome.COMPLETED, 2, 50));

    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.COMPLETE,
                Decision.REJECT,
                87,
                counts(2, 1, 0, 1, 0),
                findings,
                agents,
                List.of(),
                List.of()));

    assertThat(summary)
        .isEqualTo(
            """
            Rejected: 2 critical, 1 high and 1 low finding; risk 87/100.
            Top issues:
            1. [CRITICAL] sql-injection title (src/Orders.java:42, security)
            2. [CRITICAL] command-injection title (src/Run.java:7, security)
            3. [HIGH] null-deref title (src/Cart.java:3, bug)
            Agents: security completed (2), bug completed (2).""");
  }

  @Test
  void shouldNoteTheGapsOfAPartialReview() {
    List<AgentSummary> agents =
        List.of(
            new AgentSummary("security", AgentOutcome.COMPLETED, 3, 100),
            new AgentSummary("bug", AgentOutcome.FAILED, 0, 10),
            new AgentSummary("performance", AgentOutcome.TIMED_OUT, 0, 0));

    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.PARTIAL,
                Decision.APPROVE,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(),
                agents,
                List.of(),
                List.of()));

    assertThat(summary)
        .isEqualTo(
            """
            Approved: no findings; risk 0/100.
            Agents: security completed (3), bug failed, performance timed out.
            Note: this review is partial (bug failed and performance timed out); \
            the code those agents cover was not fully reviewed.""");
  }

  @Test
  void shouldSayWhenNoAgentCompleted() {
    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.FAILED,
                Decision.REQUEST_CHANGES,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(),
                List.of(new AgentSummary("security", AgentOutcome.TIMED_OUT, 0, 0)),
                List.of(),
                List.of()));

    assertThat(summary)
        .startsWith("Changes requested: no agent completed the review; risk 0/100.")
        .contains("Agents: security timed out.")
        .endsWith("Note: no agent completed, so the code was not reviewed; it cannot be approved.");
  }

  @Test
  void shouldPluralizeByTheLastCount() {
    assertThat(SummaryWriter.countsPhrase(counts(0, 1, 0, 0, 0))).isEqualTo("1 high finding");
    assertThat(SummaryWriter.countsPhrase(counts(0, 0, 3, 0, 0))).isEqualTo("3 medium findings");
    assertThat(SummaryWriter.countsPhrase(counts(2, 1, 0, 0, 0)))
        .isEqualTo("2 critical and 1 high finding");
  }

  @Test
  void shouldSayPlainlyThatNothingWasAnalyzedWhenNoAgentApplied() {
    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.COMPLETE,
                Decision.APPROVE,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(),
                List.of(),
                List.of(),
                List.of()));

    assertThat(summary)
        .isEqualTo(
            """
            Approved: nothing to review; risk 0/100.
            Note: no agent applies to the submitted files, so nothing was analyzed.""");
  }

  @Test
  void shouldListWhatCompletedAgentsLeftOut() {
    List<AgentSummary> agents =
        List.of(
            new AgentSummary("security", AgentOutcome.COMPLETED, 0, 100),
            new AgentSummary("bug", AgentOutcome.COMPLETED, 0, 10));

    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.COMPLETE,
                Decision.APPROVE,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(),
                agents,
                List.of("bug: 1 analyzer failed on 1 file"),
                List.of()));

    assertThat(summary)
        .isEqualTo(
            """
            Approved: no findings; risk 0/100.
            Agents: security completed (0), bug completed (0).
            Caveats: bug: 1 analyzer failed on 1 file.""");
  }

  private static Map<Severity, Integer> counts(
      int critical, int high, int medium, int low, int info) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    counts.put(Severity.CRITICAL, critical);
    counts.put(Severity.HIGH, high);
    counts.put(Severity.MEDIUM, medium);
    counts.put(Severity.LOW, low);
    counts.put(Severity.INFO, info);
    return counts;
  }

  @Test
  void shouldNameTheFilesNotAnalyzedAndWhyInAPartialReview() {
    List<NotAnalyzed> files =
        List.of(
            new NotAnalyzed(
                "src/Broken.java",
                NotAnalyzed.Reason.PARSE_ERROR,
                "parse error at line 3",
                3,
                null,
                true,
                List.of("security", "bug")),
            NotAnalyzed.atIntake("web/app.min.js", NotAnalyzed.Reason.MINIFIED, null, null));

    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.PARTIAL,
                Decision.APPROVE,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(),
                List.of(new AgentSummary("security", AgentOutcome.COMPLETED, 0, 10)),
                List.of(),
                files));

    assertThat(summary)
        .contains(
            "Not analyzed (2): src/Broken.java (parse error at line 3; security, bug),"
                + " web/app.min.js (minified).")
        .contains("Note: this review is partial: 1 file(s) listed above were not fully analyzed.")
        .doesNotContain("with problems");
  }

  @Test
  void shouldListSuppressedFindingsApartFromTheCountedOnes() {
    Finding suppressed =
        finding("security", "sqli", Severity.CRITICAL, "src/Test.java", 3)
            .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "fixture"));

    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                Status.COMPLETE,
                Decision.APPROVE,
                0,
                counts(0, 0, 0, 0, 0),
                List.of(suppressed),
                List.of(new AgentSummary("security", AgentOutcome.COMPLETED, 1, 10)),
                List.of(),
                List.of()));

    assertThat(summary)
        .startsWith("Approved: no findings; risk 0/100.")
        .contains("1 suppressed in the code (listed, not counted).")
        .doesNotContain("Top issues");
  }
}

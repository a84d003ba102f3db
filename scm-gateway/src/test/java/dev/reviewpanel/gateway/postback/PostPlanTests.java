package dev.reviewpanel.gateway.postback;

import static dev.reviewpanel.gateway.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.gateway.Reports;
import dev.reviewpanel.gateway.scm.ChangedFile;
import dev.reviewpanel.gateway.scm.InlineComment;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import dev.reviewpanel.gateway.summary.SummaryState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostPlanTests {

  private static final Push PUSH =
      new Push(
          new PullRequest(Provider.GITHUB, "acme/shop", "7"), "head2", "base", "feature", "d1");

  // db.py: lines 2-3 added; run.py: renamed from old_run.py, line 5 added
  private final Anchors anchors =
      Anchors.of(
          List.of(
              new ChangedFile(
                  "app/db.py",
                  "app/db.py",
                  ChangedFile.Change.MODIFIED,
                  "@@ -1,1 +1,3 @@\n def f():\n+    a\n+    b"),
              new ChangedFile(
                  "app/run.py",
                  "app/old_run.py",
                  ChangedFile.Change.RENAMED,
                  "@@ -4,1 +4,2 @@\n x\n+y"),
              new ChangedFile("app/gone.py", "app/gone.py", ChangedFile.Change.REMOVED, null)));

  @Test
  void shouldCommentOnlyNewFindingsOnAddedLinesAndSummarizeTheRest() {
    Finding fresh = finding("fp-new", Severity.HIGH, "app/db.py", 3, "SQL injection");
    Finding old = finding("fp-old", Severity.HIGH, "app/run.py", 5, "Command injection");
    Finding outside = finding("fp-out", Severity.MEDIUM, "app/db.py", 1, "Weak hash");
    Finding elsewhere = finding("fp-else", Severity.LOW, "lib/util.py", 9, "Broad except");
    Finding quiet = Reports.suppressed(finding("fp-quiet", Severity.HIGH, "app/db.py", 2, "Eval"));
    ReviewReport report =
        Reports.report(
            PUSH,
            ReviewReport.Decision.REQUEST_CHANGES,
            List.of(fresh, old, outside, elsewhere, quiet));

    PostPlan plan = PostPlan.of(report, anchors, Set.of("fp-old"), SummaryState.EMPTY);

    assertThat(plan.comments())
        .extracting(InlineComment::path, InlineComment::previousPath, InlineComment::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("app/db.py", "app/db.py", 3));
    assertThat(plan.comments().get(0).body()).contains("<!-- review-panel:finding fp-new -->");
    assertThat(plan.alreadyCommented()).containsExactly(old);
    assertThat(plan.outsideDiff()).containsExactly(outside, elsewhere);
    assertThat(plan.suppressed()).isEqualTo(1);
  }

  @Test
  void shouldAnchorAMultiLineFindingToItsFirstAddedLineAndARenamedFileToItsOldPath() {
    Finding spanning =
        new Finding(
            "fp-span",
            "bug",
            "r",
            "c",
            null,
            Severity.LOW,
            null,
            "Span",
            "m",
            "r",
            new dev.reviewpanel.events.Location("app/run.py", 3, 6),
            "s",
            null);

    PostPlan plan =
        PostPlan.of(
            Reports.report(PUSH, ReviewReport.Decision.APPROVE, List.of(spanning)),
            anchors,
            Set.of(),
            SummaryState.EMPTY);

    assertThat(plan.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.line()).isEqualTo(5);
              assertThat(c.previousPath()).isEqualTo("app/old_run.py");
            });
  }

  @Test
  void shouldMarkFindingsThatWereOpenAndAreGoneResolved() {
    SummaryState previous =
        new SummaryState(
            "head1",
            Map.of("fp-fixed", "HIGH SQL injection · app/db.py", "fp-kept", "LOW x · a.py"),
            Map.of("fp-older", "MEDIUM y · b.py"),
            "head2",
            List.of());
    Finding kept = finding("fp-kept", Severity.LOW, "app/db.py", 2, "x");

    PostPlan plan =
        PostPlan.of(
            Reports.report(PUSH, ReviewReport.Decision.APPROVE, List.of(kept)),
            anchors,
            Set.of("fp-kept"),
            previous);

    assertThat(plan.resolved()).containsOnlyKeys("fp-fixed", "fp-older");
    assertThat(plan.comments()).isEmpty();
    SummaryState next =
        plan.state(
            Reports.report(PUSH, ReviewReport.Decision.APPROVE, List.of(kept)), "head2", previous);
    assertThat(next.open()).containsOnlyKeys("fp-kept");
    assertThat(next.reviewedSha()).isEqualTo("head2");
  }

  @Test
  void shouldResolveNothingAndLeaveTheCommitUnreviewedWhenTheReviewFailed() {
    SummaryState previous =
        new SummaryState(
            "head1",
            Map.of("fp-open", "HIGH SQL injection · app/db.py"),
            Map.of("fp-older", "MEDIUM y · b.py"),
            "head2",
            List.of());
    ReviewReport failed =
        RefusedRequestListener.refusal(
            new dev.reviewpanel.events.ReviewRequest(
                1,
                null,
                PUSH.reviewId(),
                PUSH.idempotencyKey(),
                new dev.reviewpanel.events.SourceRef("acme/shop", "7", "head2", "feature"),
                List.of(new dev.reviewpanel.events.ReviewRequest.File("a.py", "x\n", "python")),
                null,
                null,
                null,
                "fail-on: hgh\n",
                null,
                null),
            "invalid_config: .review-panel.yml is invalid: line 1: ...",
            java.time.Instant.EPOCH);

    PostPlan plan = PostPlan.of(failed, anchors, Set.of("fp-open"), previous);
    SummaryState next = plan.state(failed, "head2", previous);

    assertThat(plan.resolved()).containsOnlyKeys("fp-older");
    assertThat(next.open()).containsOnlyKeys("fp-open");
    assertThat(next.reviewedSha())
        .as("a reopened pull request is reviewed again")
        .isEqualTo("head1");
  }

  @Test
  void shouldResolveNothingWhileAnAgentOfTheReviewTimedOut() {
    SummaryState previous =
        new SummaryState(
            "head1",
            Map.of("fp-open", "HIGH SQL injection · app/db.py"),
            Map.of(),
            null,
            List.of());
    ReviewReport complete = Reports.report(PUSH, ReviewReport.Decision.APPROVE, List.of());
    ReviewReport partial =
        new ReviewReport(
            complete.schemaVersion(),
            complete.occurredAt(),
            complete.reviewId(),
            ReviewReport.Status.PARTIAL,
            complete.decision(),
            complete.riskScore(),
            complete.summary(),
            complete.findings(),
            complete.counts(),
            List.of(
                new ReviewReport.AgentSummary(
                    "security", ReviewReport.AgentOutcome.TIMED_OUT, 0, 0),
                new ReviewReport.AgentSummary("bug", ReviewReport.AgentOutcome.COMPLETED, 0, 9)),
            complete.submittedAt(),
            complete.completedAt(),
            complete.source());

    PostPlan plan = PostPlan.of(partial, anchors, Set.of("fp-open"), previous);

    assertThat(plan.resolved()).isEmpty();
    assertThat(plan.state(partial, "head2", previous).open()).containsOnlyKeys("fp-open");
    assertThat(PostPlan.of(complete, anchors, Set.of("fp-open"), previous).resolved())
        .containsOnlyKeys("fp-open");
  }

  @Test
  void shouldMoveRefusedCommentsToTheSummary() {
    Finding a = finding("fp-a", Severity.HIGH, "app/db.py", 2, "A");
    Finding b = finding("fp-b", Severity.HIGH, "app/db.py", 3, "B");
    PostPlan plan =
        PostPlan.of(
            Reports.report(PUSH, ReviewReport.Decision.REJECT, List.of(a, b)),
            anchors,
            Set.of(),
            SummaryState.EMPTY);

    PostPlan refused =
        plan.unanchored(List.of(plan.comments().get(1)), "line must be part of the diff");

    assertThat(refused.commented()).containsExactly(a);
    assertThat(refused.outsideDiff()).containsExactly(b);
    assertThat(refused.anchorFailure()).contains("part of the diff");
  }
}

package dev.reviewpanel.gateway.summary;

import static dev.reviewpanel.gateway.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.gateway.Reports;
import dev.reviewpanel.gateway.scm.PostedComment;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryRendererTests {

  private static final Push PUSH =
      new Push(
          new PullRequest(Provider.GITLAB, "group/app", "3"), "abcdef0123456789", "base", "f", "d");

  @Test
  void shouldKeepItsStateHiddenAndReadableEvenWhenTitlesLookLikeMarkup() {
    SummaryState state =
        new SummaryState(
            "abc",
            Map.of("fp1", "HIGH a --> b <!-- c · x.py"),
            Map.of(),
            "abc",
            List.of(new NotReviewed("logo.png", "binary")));
    Finding f = finding("fp1", Severity.HIGH, "x.py", 1, "a --> b <!-- c");
    String body = SummaryRenderer.render(view(List.of(f), List.of()), state);

    String hidden = body.substring(body.indexOf("<!-- review-panel:state "));
    assertThat(hidden.substring(4, hidden.length() - 4)).doesNotContain("--");
    assertThat(Markers.readState(body)).contains(state);
    assertThat(body).startsWith(Markers.SUMMARY);
    assertThat(Markers.isSummary(new PostedComment("1", body))).isTrue();
  }

  @Test
  void shouldListEveryKindOfFindingAndWhatWasNotReviewed() {
    Finding fresh = finding("fp1", Severity.HIGH, "app/db.py", 2, "SQL injection");
    Finding outside = finding("fp2", Severity.MEDIUM, "app/util.py", 40, "Weak hash");
    ReviewReport report =
        Reports.report(PUSH, ReviewReport.Decision.REQUEST_CHANGES, List.of(fresh, outside));
    SummaryView view =
        new SummaryView(
            report,
            PUSH.headSha(),
            List.of(fresh),
            List.of(outside),
            List.of(),
            Map.of("fp0", "HIGH Command injection · app/run.py"),
            List.of(new NotReviewed("logo.png", "binary")),
            2,
            "http://r/1",
            null);

    String body = SummaryRenderer.render(view, SummaryState.EMPTY);

    assertThat(body)
        .contains("⚠️ Changes requested")
        .contains("`abcdef012345` · risk 40/100 · 1 high, 1 medium")
        .contains("[full report](http://r/1)")
        .contains(
            "**New on this push, commented inline** (1)\n- **HIGH** SQL injection · `app/db.py:2`")
        .contains(
            "**Outside the diff",
            "- **MEDIUM** Weak hash · `app/util.py:40`: Weak hash on line 40.")
        .contains("**Resolved** (1)\n- ~~HIGH Command injection · app/run.py~~")
        .contains("`logo.png`: binary")
        .contains("2 suppressed finding(s) are not counted.");
  }

  @Test
  void shouldCapLongListsAndSayHowManyMoreThereAre() {
    List<Finding> many = new ArrayList<>();
    IntStream.range(0, 80)
        .forEach(i -> many.add(finding("fp" + i, Severity.LOW, "a.py", i + 1, "T" + i)));
    String body = SummaryRenderer.render(view(List.of(), many), SummaryState.EMPTY);

    assertThat(body).contains("(80)").contains("- … and 30 more in the full report");
    assertThat(body.lines().filter(l -> l.startsWith("- **LOW**")))
        .hasSize(SummaryRenderer.LIST_LIMIT);
  }

  @Test
  void shouldBannerTheCommitUnderReviewAboveTheLastResults() {
    SummaryState reviewed = new SummaryState("abc", Map.of(), Map.of(), "abc", List.of());
    String last = SummaryRenderer.render(view(List.of(), List.of()), reviewed);

    String pending = SummaryRenderer.inProgress(last, reviewed.pending("def", List.of()), "def");
    String again = SummaryRenderer.inProgress(pending, reviewed.pending("fed", List.of()), "fed");

    assertThat(again)
        .contains("⏳ Reviewing `fed`… The results below are for `abc`.")
        .doesNotContain("Reviewing `def`")
        .contains("### Review Panel · ✅ Approved");
    assertThat(again.split("review-panel:state", -1)).hasSize(2);
    assertThat(Markers.readState(again).orElseThrow().pendingSha()).isEqualTo("fed");
  }

  private static SummaryView view(List<Finding> commented, List<Finding> outside) {
    List<Finding> all = new ArrayList<>(commented);
    all.addAll(outside);
    ReviewReport report =
        Reports.report(
            PUSH,
            all.isEmpty() ? ReviewReport.Decision.APPROVE : ReviewReport.Decision.REQUEST_CHANGES,
            all);
    return new SummaryView(
        report, PUSH.headSha(), commented, outside, List.of(), Map.of(), List.of(), 0, null, null);
  }
}

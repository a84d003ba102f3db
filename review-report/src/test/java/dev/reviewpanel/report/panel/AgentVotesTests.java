package dev.reviewpanel.report.panel;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentVote;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentVotesTests {

  @Test
  void shouldApproveCleanCodeItAnalyzedInFullWithHighConfidence() {
    AgentVote vote = AgentVotes.of(List.of(), 12, List.of(), false);

    assertThat(vote)
        .isEqualTo(new AgentVote(Decision.APPROVE, Confidence.HIGH, "no findings in 12 files"));
  }

  @Test
  void shouldBeLessSureOfAnApprovalWithFilesItCouldNotAnalyze() {
    NotAnalyzed broken =
        new NotAnalyzed("B.java", NotAnalyzed.Reason.PARSE_ERROR, "line 3", 3, "bug", true);
    NotAnalyzed vendored =
        new NotAnalyzed("vendor/x.js", NotAnalyzed.Reason.VENDORED, null, null, "bug", false);

    assertThat(AgentVotes.of(List.of(), 4, List.of(broken, vendored), false))
        .isEqualTo(
            new AgentVote(
                Decision.APPROVE,
                Confidence.MEDIUM,
                "no findings in 4 files; 1 file not analyzed"));
    assertThat(AgentVotes.of(List.of(), 4, List.of(vendored), false).confidence())
        .as("a deliberate exclusion is no gap")
        .isEqualTo(Confidence.HIGH);
    assertThat(AgentVotes.of(List.of(), 0, List.of(), false))
        .isEqualTo(new AgentVote(Decision.APPROVE, Confidence.LOW, "nothing analyzed"));
  }

  @Test
  void shouldVoteTheBandOfItsOwnFindingsWithTheConfidenceOfTheStrongest() {
    Finding sqli =
        finding(
            "security",
            "java.sql-injection",
            Severity.CRITICAL,
            Confidence.MEDIUM,
            "Dao.java",
            4,
            "CWE-89",
            "injection");
    Finding hash = finding("security", "java.weak-hash", Severity.MEDIUM, "Hash.java", 9);
    Finding ignored =
        finding("security", "java.xss", Severity.HIGH, "View.java", 2)
            .withSuppression(new Suppression(Suppression.Kind.BASELINE, "baseline"));

    AgentVote vote = AgentVotes.of(List.of(hash, sqli, ignored), 3, List.of(), false);

    assertThat(vote.vote()).isEqualTo(Decision.REJECT);
    assertThat(vote.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(vote.reason())
        .isEqualTo(
            "1 critical, 1 medium findings; risk 81; strongest: java.sql-injection at Dao.java:4;"
                + " 1 suppressed not counted");
  }

  @Test
  void shouldRequestChangesForOneHighFinding() {
    AgentVote vote =
        AgentVotes.of(
            List.of(finding("bug", "npe", Severity.HIGH, "A.java", 1)), 1, List.of(), false);

    assertThat(vote.vote()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(vote.reason()).startsWith("1 high finding; risk 39");
  }
}

package dev.reviewpanel.report.panel;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.report.risk.RiskBands;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelJudgeTests {

  private static final Finding SQLI =
      finding(
          "security",
          "java.sql-injection",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Dao.java",
          40,
          "CWE-89",
          "injection");

  @Test
  void shouldSettleSecurityRejectAgainstPerformanceApproveByTheWeightedEvidence() {
    Verdict verdict =
        new PanelJudge(PanelPolicy.DEFAULT, RiskBands.DEFAULT)
            .judge(List.of(ballot("security", SQLI), ballot("performance")), false);

    assertThat(verdict.risk()).isEqualTo(86);
    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.panel().votes())
        .extracting(Panel.Vote::agent, Panel.Vote::vote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("security", Decision.REJECT),
            org.assertj.core.groups.Tuple.tuple("performance", Decision.APPROVE));
    Panel.Disagreement disagreement = verdict.panel().disagreements().get(0);
    assertThat(disagreement.agents()).containsExactly("security", "performance");
    assertThat(disagreement.topic()).isEqualTo("REJECT (security) vs APPROVE (performance)");
    assertThat(disagreement.settledBy())
        .startsWith("weighted evidence -> REJECT: risk 86/100 is in the REJECT band 70-100")
        .contains("security 2.00 (weight 1.00), performance 0.00 (weight 1.00)")
        .endsWith("security's veto agrees");
    assertThat(verdict.panel().veto().decisive()).isFalse();
  }

  @Test
  void shouldLetTheVetoRejectWhateverTheWeightedEvidenceSays() {
    PanelPolicy doubtful =
        new PanelPolicy(
            1.0,
            Map.of("security", new AgentWeight(0.3, Map.of())),
            List.of(VetoRule.SECURITY_CRITICAL),
            TieRule.STRICTER);

    Verdict verdict =
        new PanelJudge(doubtful, RiskBands.DEFAULT)
            .judge(List.of(ballot("security", SQLI), ballot("bug")), false);

    assertThat(verdict.risk()).isEqualTo(45);
    assertThat(verdict.panel().scoreDecision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.panel().veto())
        .extracting(
            Panel.Veto::agent, Panel.Veto::decision, Panel.Veto::finding, Panel.Veto::decisive)
        .containsExactly("security", Decision.REJECT, SQLI.fingerprint(), true);
    assertThat(verdict.panel().disagreements().get(0).settledBy())
        .startsWith("security's veto -> REJECT (CRITICAL java.sql-injection with HIGH confidence");
    assertThat(verdict.panel().votes().get(0).weight()).isEqualTo(0.3);
    assertThat(verdict.panel().votes().get(0).weightedRisk()).isEqualTo(45);
  }

  @Test
  void shouldSettleATieOnOneRootCauseByTheTieRule() {
    // security HIGH/HIGH at weight 1.0 and bug CRITICAL/LOW at weight 0.625 both weigh 0.50
    Finding security =
        finding(
            "security",
            "java.xss",
            Severity.HIGH,
            Confidence.HIGH,
            "View.java",
            7,
            "CWE-79",
            "xss");
    Finding bug =
        finding(
            "bug", "llm.xss", Severity.CRITICAL, Confidence.LOW, "View.java", 7, "CWE-79", "xss");
    Map<String, AgentWeight> weights = Map.of("bug", new AgentWeight(0.625, Map.of()));
    List<Ballot> ballots = List.of(ballot("security", security), ballot("bug", bug));

    Verdict stricter =
        new PanelJudge(
                new PanelPolicy(1.0, weights, List.of(), TieRule.STRICTER), RiskBands.DEFAULT)
            .judge(ballots, false);
    Verdict expert =
        new PanelJudge(new PanelPolicy(1.0, weights, List.of(), TieRule.EXPERT), RiskBands.DEFAULT)
            .judge(ballots, false);

    assertThat(stricter.risk()).isEqualTo(expert.risk()).isEqualTo(39);
    assertThat(rootCause(stricter).topic())
        .isEqualTo("View.java:7 CWE-79: bug says CRITICAL/LOW, security says HIGH/HIGH");
    assertThat(rootCause(stricter).settledBy())
        .isEqualTo("tie at 0.50 weighted evidence: by the stricter tie rule bug's CRITICAL counts");
    assertThat(rootCause(expert).settledBy())
        .isEqualTo("tie at 0.50 weighted evidence: by the expert tie rule security's HIGH counts");
  }

  @Test
  void shouldRecordAnAbstentionAndWeighAnAgentNobodyConfiguredAtTheDefault() {
    Finding tabindex = finding("accessibility", "html.tabindex", Severity.MEDIUM, "page.html", 3);
    PanelPolicy policy =
        new PanelPolicy(
            0.5,
            Map.of("security", new AgentWeight(2.0, Map.of("crypto", 0.5))),
            List.of(),
            TieRule.STRICTER);

    Verdict verdict =
        new PanelJudge(policy, RiskBands.DEFAULT)
            .judge(
                List.of(
                    Ballot.abstaining("security", "no result by the deadline", List.of()),
                    ballot("accessibility", tabindex)),
                false);

    Panel.Vote security = verdict.panel().votes().get(0);
    assertThat(security.vote()).isNull();
    assertThat(security.reason()).isEqualTo("no result by the deadline");
    assertThat(security.weight()).isEqualTo(2.0);
    assertThat(security.categoryWeights()).containsEntry("crypto", 0.5);
    Panel.Vote accessibility = verdict.panel().votes().get(1);
    assertThat(accessibility.vote()).isEqualTo(Decision.APPROVE);
    assertThat(accessibility.weight()).isEqualTo(0.5);
    assertThat(verdict.risk()).isEqualTo(7);
    assertThat(verdict.panel().method()).contains("bands APPROVE 0-29").contains("vetoes: none");
  }

  @Test
  void shouldNeverApproveAReviewNoAgentCompleted() {
    Verdict verdict =
        new PanelJudge(PanelPolicy.DEFAULT, RiskBands.DEFAULT)
            .judge(List.of(Ballot.abstaining("bug", "failed: boom", List.of())), true);

    assertThat(verdict.risk()).isEqualTo(30);
    assertThat(verdict.decision()).isEqualTo(Decision.REQUEST_CHANGES);
  }

  private static Panel.Disagreement rootCause(Verdict verdict) {
    return verdict.panel().disagreements().stream()
        .filter(d -> d.topic().startsWith("View.java"))
        .findFirst()
        .orElseThrow();
  }

  private static Ballot ballot(String agent, Finding... findings) {
    List<Finding> own = List.of(findings);
    return new Ballot(agent, AgentVotes.of(own, 2, List.of(), false), null, own);
  }
}

package dev.reviewpanel.report.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.report.RandomFindings;
import dev.reviewpanel.report.risk.RiskBands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property tests over thousands of seeded random reviews: adding a finding never lowers the risk
 * nor softens the decision, suppressed findings change nothing, and the decision is the risk's band
 * except where a veto made it stricter, whatever the weights, bands and vetoes.
 */
class DecisionConsistencyTests {

  private static final int REVIEWS = 4_000;
  private static final String[] AGENTS = {"security", "bug", "performance", "accessibility"};

  @Test
  void shouldNeverLowerRiskNorSoftenTheDecisionWhenAFindingIsAdded() {
    for (int seed = 0; seed < REVIEWS; seed++) {
      RandomFindings source = new RandomFindings(seed, 1 + seed % 4);
      Random random = source.random();
      PanelPolicy policy = policy(random);
      RiskBands bands = bands(random);
      PanelJudge judge = new PanelJudge(policy, bands);
      List<Finding> findings = source.findings(random.nextInt(25));
      Finding added = random.nextBoolean() ? source.next() : sameRootCause(findings, source);

      Verdict before = judge.judge(ballots(findings), false);
      List<Finding> more = new ArrayList<>(findings);
      more.add(added);
      Verdict after = judge.judge(ballots(more), false);

      String context = "seed " + seed + ", adding " + added;
      assertThat(after.risk()).as(context).isGreaterThanOrEqualTo(before.risk());
      assertThat(after.panel().scoreDecision())
          .as(context)
          .isGreaterThanOrEqualTo(before.panel().scoreDecision());
      assertThat(after.decision()).as(context).isGreaterThanOrEqualTo(before.decision());
      assertBandDecides(before, bands, context);
      assertBandDecides(after, bands, context);
    }
  }

  @Test
  void shouldIgnoreSuppressedFindings() {
    for (int seed = 0; seed < REVIEWS; seed++) {
      RandomFindings source = new RandomFindings(seed, 2);
      PanelJudge judge = new PanelJudge(policy(source.random()), RiskBands.DEFAULT);
      List<Finding> findings = source.findings(source.random().nextInt(20));
      List<Finding> more = new ArrayList<>(findings);
      more.add(
          source.next().withSuppression(new Suppression(Suppression.Kind.CONFIG, "path ignored")));

      Verdict before = judge.judge(ballots(findings), false);
      Verdict after = judge.judge(ballots(more), false);

      assertThat(after.risk()).as("seed " + seed).isEqualTo(before.risk());
      assertThat(after.decision()).as("seed " + seed).isEqualTo(before.decision());
    }
  }

  @Test
  void shouldNeverGiveAHigherRiskAMilderDecisionAcrossReviews() {
    PanelJudge judge = new PanelJudge(PanelPolicy.DEFAULT, RiskBands.DEFAULT);
    List<Verdict> verdicts = new ArrayList<>();
    Map<Integer, int[]> table = new LinkedHashMap<>();
    for (int seed = 0; seed < REVIEWS; seed++) {
      RandomFindings source = new RandomFindings(seed, 1 + seed % 6);
      Verdict verdict = judge.judge(ballots(source.findings(source.random().nextInt(30))), false);
      verdicts.add(verdict);
      table
          .computeIfAbsent(verdict.risk() / 10 * 10, b -> new int[3])[
          verdict.decision().ordinal()]++;
    }
    verdicts.sort(Comparator.comparingInt(Verdict::risk));
    for (int i = 1; i < verdicts.size(); i++) {
      Verdict lower = verdicts.get(i - 1);
      Verdict higher = verdicts.get(i);
      if (higher.panel().veto() == null || !higher.panel().veto().decisive()) {
        assertThat(higher.decision())
            .as("risk %d after %d", higher.risk(), lower.risk())
            .isGreaterThanOrEqualTo(lower.panel().scoreDecision());
      }
    }
    printTable(table);
  }

  private static void assertBandDecides(Verdict verdict, RiskBands bands, String context) {
    assertThat(verdict.panel().scoreDecision()).as(context).isEqualTo(bands.decide(verdict.risk()));
    if (verdict.panel().veto() != null && verdict.panel().veto().decisive()) {
      assertThat(verdict.decision()).as(context).isEqualTo(verdict.panel().veto().decision());
      assertThat(verdict.decision()).as(context).isGreaterThan(verdict.panel().scoreDecision());
    } else {
      assertThat(verdict.decision()).as(context).isEqualTo(bands.decide(verdict.risk()));
    }
  }

  /** Another agent reporting an existing root cause, with its own severity and confidence. */
  private static Finding sameRootCause(List<Finding> findings, RandomFindings source) {
    if (findings.isEmpty()) {
      return source.next();
    }
    Random random = source.random();
    Finding f = findings.get(random.nextInt(findings.size()));
    return new Finding(
        f.fingerprint() + "-again",
        AGENTS[random.nextInt(AGENTS.length)],
        f.ruleId() + ".other",
        f.category(),
        f.cwe(),
        Severity.values()[random.nextInt(Severity.values().length)],
        Confidence.values()[random.nextInt(Confidence.values().length)],
        f.title(),
        f.message(),
        f.recommendation(),
        f.location(),
        f.snippet(),
        f.origin(),
        f.trace(),
        null);
  }

  static List<Ballot> ballots(List<Finding> findings) {
    Map<String, List<Finding>> byAgent = new LinkedHashMap<>();
    for (String agent : AGENTS) {
      byAgent.put(agent, new ArrayList<>());
    }
    findings.forEach(f -> byAgent.get(f.agent()).add(f));
    List<Ballot> ballots = new ArrayList<>();
    byAgent.forEach(
        (agent, own) ->
            ballots.add(new Ballot(agent, AgentVotes.of(own, 3, List.of(), false), null, own)));
    return ballots;
  }

  private static PanelPolicy policy(Random random) {
    Map<String, AgentWeight> agents = new LinkedHashMap<>();
    for (String agent : AGENTS) {
      if (random.nextBoolean()) {
        Map<String, Double> categories =
            random.nextBoolean() ? Map.of("injection", weight(random)) : Map.of();
        agents.put(agent, new AgentWeight(weight(random), categories));
      }
    }
    List<VetoRule> vetoes = new ArrayList<>();
    if (random.nextBoolean()) {
      vetoes.add(VetoRule.SECURITY_CRITICAL);
    }
    if (random.nextInt(4) == 0) {
      vetoes.add(
          new VetoRule(
              AGENTS[random.nextInt(AGENTS.length)],
              null,
              Severity.HIGH,
              Confidence.MEDIUM,
              Decision.values()[random.nextInt(3)]));
    }
    return new PanelPolicy(
        weight(random), agents, vetoes, TieRule.values()[random.nextInt(TieRule.values().length)]);
  }

  private static double weight(Random random) {
    return random.nextInt(5) == 0 ? 0 : random.nextInt(31) / 10.0;
  }

  private static RiskBands bands(Random random) {
    int requestChangesAt = 1 + random.nextInt(60);
    return new RiskBands(
        requestChangesAt, requestChangesAt + 1 + random.nextInt(100 - requestChangesAt));
  }

  private static void printTable(Map<Integer, int[]> table) {
    StringBuilder out =
        new StringBuilder("risk band -> APPROVE / REQUEST_CHANGES / REJECT (")
            .append(REVIEWS)
            .append(" random reviews, default panel)\n");
    table.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append(
                    String.format(
                        "%3d-%3d  %5d %5d %5d%n",
                        e.getKey(),
                        e.getKey() + 9,
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2])));
    System.out.print(out);
  }
}

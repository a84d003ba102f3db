package dev.reviewpanel.report.render;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report as SARIF 2.1.0, one run per agent, for code-scanning tools, with every finding: rules
 * carry their CWE as a tag and security findings a {@code security-severity}, which GitHub uses to
 * rank alerts; taint findings carry their trace as a code flow; suppressed findings carry their
 * suppression; each run's invocation says whether the agent completed and lists the files it did
 * not analyze as tool execution notifications.
 */
public final class SarifReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "reviewPanel/v1";
  static final String UNKNOWN_AGENT = "unknown";
  static final String NO_AGENT = "intake";

  public String render(ReviewReport report) {
    Set<String> agents = new LinkedHashSet<>();
    report.agents().forEach(agent -> agents.add(agentOf(agent.agent())));
    report.findings().forEach(finding -> agents.add(agentOf(finding.agent())));
    List<Object> runs = new ArrayList<>();
    if (agents.isEmpty() && !report.notAnalyzed().isEmpty()) {
      // nothing ran, yet what was not analyzed must still be said
      agents.add(NO_AGENT);
    }
    for (String agent : agents) {
      List<Finding> findings =
          report.findings().stream().filter(f -> agent.equals(agentOf(f.agent()))).toList();
      Map<String, Object> run = run(report.reviewId(), agent, findings);
      run.put("invocations", List.of(SarifInvocation.of(report, agent)));
      runs.add(run);
    }
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    sarif.put("runs", runs);
    return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(sarif);
  }

  // reports may come from other writers; a finding without an agent still belongs in some run
  static String agentOf(String agent) {
    return agent == null || agent.isBlank() ? UNKNOWN_AGENT : agent;
  }

  private static Map<String, Object> run(String reviewId, String agent, List<Finding> findings) {
    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
    List<Object> results = new ArrayList<>();
    for (Finding finding : findings) {
      String ruleId = SarifRule.id(finding);
      ruleSeverity.merge(ruleId, SarifRule.severity(finding), (a, b) -> a.atLeast(b) ? a : b);
      rules.computeIfAbsent(ruleId, id -> SarifRule.describe(finding));
      ruleIndex.putIfAbsent(ruleId, ruleIndex.size());
      results.add(SarifResult.of(finding, ruleIndex.get(ruleId)));
    }
    rules.forEach((id, rule) -> SarifRule.rank(rule, ruleSeverity.get(id), agent));
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "review-panel-" + agent);
    driver.put("informationUri", "https://reviewpanel.dev");
    driver.put("rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("automationDetails", Map.of("id", "review-panel/" + agent + "/" + reviewId));
    run.put("results", results);
    return run;
  }
}

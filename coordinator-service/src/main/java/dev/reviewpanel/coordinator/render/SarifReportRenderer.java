package dev.reviewpanel.coordinator.render;

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
import org.springframework.stereotype.Component;

/**
 * A report as SARIF 2.1.0, one run per agent, for code-scanning tools. Rules carry their CWE as a
 * tag and security findings a {@code security-severity}, which GitHub uses to rank alerts.
 */
@Component
public class SarifReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "reviewPanel/v1";
  static final String UNKNOWN_AGENT = "unknown";

  public String render(ReviewReport report) {
    Set<String> agents = new LinkedHashSet<>();
    report.agents().forEach(agent -> agents.add(agentOf(agent.agent())));
    report.findings().forEach(finding -> agents.add(agentOf(finding.agent())));
    List<Object> runs = new ArrayList<>();
    for (String agent : agents) {
      List<Finding> findings =
          report.findings().stream().filter(f -> agent.equals(agentOf(f.agent()))).toList();
      runs.add(run(report.reviewId(), agent, findings));
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

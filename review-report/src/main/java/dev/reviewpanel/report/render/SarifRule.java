package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SARIF {@code reportingDescriptor} of a rule, built from the first finding of that rule. */
final class SarifRule {

  private SarifRule() {}

  static String id(Finding finding) {
    return finding.ruleId() == null ? "unknown" : finding.ruleId();
  }

  static Severity severity(Finding finding) {
    return finding.severity() == null ? Severity.INFO : finding.severity();
  }

  static Map<String, Object> describe(Finding finding) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id(finding));
    rule.put("shortDescription", Map.of("text", text(finding.title(), id(finding))));
    if (finding.message() != null) {
      rule.put("fullDescription", Map.of("text", finding.message()));
    }
    String help = text(finding.recommendation(), text(finding.title(), id(finding)));
    rule.put("help", Map.of("text", help));
    List<String> tags = new ArrayList<>();
    if (finding.category() != null) {
      tags.add(finding.category());
    }
    if (finding.cwe() != null) {
      tags.add(finding.cwe());
      tags.add("external/cwe/" + finding.cwe().toLowerCase(Locale.ROOT));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", tags);
    properties.put("precision", precision(finding));
    properties.put("cwe", finding.cwe());
    rule.put("properties", properties);
    return rule;
  }

  /** Adds what depends on every finding of the rule: its worst severity. */
  @SuppressWarnings("unchecked")
  static void rank(Map<String, Object> rule, Severity worst, String agent) {
    Map<String, Object> properties = (Map<String, Object>) rule.get("properties");
    boolean security = "security".equals(agent) || properties.get("cwe") != null;
    properties.remove("cwe");
    if (security) {
      properties.put("security-severity", securitySeverity(worst));
      ((List<String>) properties.get("tags")).add(0, "security");
    }
    rule.put("defaultConfiguration", Map.of("level", SarifResult.level(worst)));
  }

  // GitHub's bands: >= 9 critical, >= 7 high, >= 4 medium, > 0 low
  static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "1.0";
    };
  }

  private static String precision(Finding finding) {
    return switch (finding.confidence()) {
      case HIGH -> "high";
      case MEDIUM -> "medium";
      case LOW -> "low";
    };
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}

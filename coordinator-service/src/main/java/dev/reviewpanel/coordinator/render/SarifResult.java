package dev.reviewpanel.coordinator.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SARIF {@code result} of one finding. */
final class SarifResult {

  private SarifResult() {}

  static Map<String, Object> of(Finding finding, int ruleIndex) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", SarifRule.id(finding));
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(SarifRule.severity(finding)));
    String message = finding.message() == null ? finding.title() : finding.message();
    result.put("message", Map.of("text", message == null ? SarifRule.id(finding) : message));
    if (finding.location() != null && finding.location().path() != null) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", Math.max(1, finding.location().startLine()));
      region.put("endLine", Math.max(1, finding.location().endLine()));
      if (finding.snippet() != null) {
        region.put("snippet", Map.of("text", finding.snippet()));
      }
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put(
          "artifactLocation", Map.of("uri", finding.location().path(), "uriBaseId", "%SRCROOT%"));
      physical.put("region", region);
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
    if (finding.fingerprint() != null) {
      result.put(
          "partialFingerprints",
          Map.of(SarifReportRenderer.FINGERPRINT_KEY, finding.fingerprint()));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", SarifRule.severity(finding).name());
    properties.put("confidence", finding.confidence().name());
    properties.put("origin", finding.origin().name());
    result.put("properties", properties);
    return result;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }
}

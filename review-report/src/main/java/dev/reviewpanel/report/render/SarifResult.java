package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SARIF {@code result} of one finding, with its code flow and suppression. */
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
      Map<String, Object> physical =
          physical(
              finding.location().path(),
              finding.location().startLine(),
              finding.location().endLine(),
              finding.snippet());
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
    if (finding.fingerprint() != null) {
      result.put(
          "partialFingerprints",
          Map.of(SarifReportRenderer.FINGERPRINT_KEY, finding.fingerprint()));
    }
    if (!finding.trace().isEmpty()) {
      result.put("codeFlows", List.of(codeFlow(finding.trace())));
    }
    if (finding.suppression() != null) {
      result.put("suppressions", List.of(suppression(finding.suppression())));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", SarifRule.severity(finding).name());
    properties.put("confidence", finding.confidence().name());
    properties.put("origin", finding.origin().name());
    result.put("properties", properties);
    return result;
  }

  // SARIF 2.1.0 section 3.41: inSource for a comment in the code, external for anything else
  private static Map<String, Object> suppression(Suppression suppression) {
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("kind", suppression.kind() == Suppression.Kind.IN_SOURCE ? "inSource" : "external");
    sarif.put("status", "accepted");
    if (suppression.justification() != null) {
      sarif.put("justification", suppression.justification());
    }
    sarif.put("properties", Map.of("source", suppression.kind().name()));
    return sarif;
  }

  private static Map<String, Object> codeFlow(List<TraceStep> trace) {
    List<Object> locations = new ArrayList<>();
    for (TraceStep step : trace) {
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("physicalLocation", physical(step.path(), step.line(), step.line(), null));
      location.put("message", Map.of("text", step.label() == null ? "" : step.label()));
      Map<String, Object> threadFlowLocation = new LinkedHashMap<>();
      threadFlowLocation.put("location", location);
      threadFlowLocation.put("kinds", List.of(step.kind().name().toLowerCase(Locale.ROOT)));
      threadFlowLocation.put(
          "importance", step.kind() == TraceStep.Kind.STEP ? "important" : "essential");
      locations.add(threadFlowLocation);
    }
    return Map.of("threadFlows", List.of(Map.of("locations", locations)));
  }

  static Map<String, Object> physical(String path, int startLine, int endLine, String snippet) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, startLine));
    region.put("endLine", Math.max(1, endLine));
    if (snippet != null) {
      region.put("snippet", Map.of("text", snippet));
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", path, "uriBaseId", "%SRCROOT%"));
    physical.put("region", region);
    return physical;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }
}

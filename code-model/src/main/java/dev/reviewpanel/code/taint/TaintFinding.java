package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.TraceStep;
import java.util.List;

/**
 * A taint rule's finding: where the sink is, how severe given where the data came from (the
 * precision policy), what to say, and the trace from source to sink (it may cross files).
 */
public record TaintFinding(
    Specs.Rule rule,
    Language language,
    String path,
    int line,
    Severity severity,
    Confidence confidence,
    String message,
    List<TraceStep> trace) {

  public TaintFinding {
    trace = List.copyOf(trace);
  }

  public String ruleId() {
    return rule.id(language);
  }
}

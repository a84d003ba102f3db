package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.symbols.FunctionRef;
import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding's words: the trace told from source to sink, each step with its file and line where
 * they change ("request data request.args (routes.py:12) -> passed to OrderService.search(q)
 * (routes.py:13) -> concatenated into text (services.py:30) -> reaches cursor.execute()
 * (repo.py:44)").
 */
final class Message {

  static final String OVERRIDING =
      " At most MEDIUM: the code set this property itself, and the input replaces it only when the"
          + " spread object carries that key (and, for a property read from it, in that shape).";

  private Message() {}

  /** Why a flow through a map held in a field is at most MEDIUM. */
  static String throughMap(Flow flow) {
    String stored =
        flow.slot() == null || flow.slot().read() == null
            ? "under one key"
            : "under " + flow.slot().shownWritten();
    return " At most MEDIUM: the data went through a map held in a field "
        + stored
        + " and is read back under a key not known to be that one; the map yields it only if the"
        + " keys agree.";
  }

  static List<TraceStep> trace(SinkHit hit) {
    List<TraceStep> steps = new ArrayList<>(hit.flow().trace().toTrace());
    TraceStep last = steps.get(steps.size() - 1);
    steps.set(
        steps.size() - 1,
        new TraceStep(last.path(), last.line(), TraceStep.Kind.SINK, last.label()));
    if (steps.size() == 1) {
      steps.add(
          0,
          new TraceStep(
              last.path(), last.line(), TraceStep.Kind.SOURCE, hit.flow().origin().label()));
    }
    return steps;
  }

  static String of(Specs.Rule rule, SinkHit hit) {
    return head(rule) + ": " + words(trace(hit)) + ".";
  }

  static String entryPoint(Specs.Rule rule, Function function, SinkHit hit) {
    return head(rule)
        + " if "
        + function.name()
        + "() is called with outside input (no caller in this review): "
        + words(trace(hit))
        + ".";
  }

  static String structural(Specs.Rule rule, SinkHit hit) {
    return head(rule)
        + ": "
        + hit.what()
        + " at "
        + FunctionRef.fileName(hit.path())
        + ":"
        + hit.line()
        + " is given data that is not a constant; no untrusted source was traced to it.";
  }

  private static String head(Specs.Rule rule) {
    return rule.cwe() == null ? rule.title() : rule.title() + " (" + rule.cwe() + ")";
  }

  private static String words(List<TraceStep> steps) {
    StringBuilder out = new StringBuilder();
    String lastPlace = null;
    for (TraceStep step : steps) {
      if (!out.isEmpty()) {
        out.append(" -> ");
      }
      out.append(step.label());
      String place = FunctionRef.fileName(step.path()) + ":" + step.line();
      if (!place.equals(lastPlace) || step.kind() == TraceStep.Kind.SINK) {
        out.append(" (").append(place).append(')');
      }
      lastPlace = place;
    }
    return out.toString();
  }
}

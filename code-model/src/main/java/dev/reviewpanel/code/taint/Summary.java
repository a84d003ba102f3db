package dev.reviewpanel.code.taint;

import java.util.List;
import java.util.Map;

/**
 * What a function does with data, seen from its callers: what its return carries (from its
 * parameters, or sources it reads), and element by element when every return is a tuple or array of
 * the same length ({@code return term, field_name}); which parameters reach which sinks; and what
 * it writes into fields of its class ({@code Class.field} -> taint, parameters included); and
 * property by property when every return is an object of known shape ({@code return {options,
 * cookies}}; null otherwise); and the class of what it returns when every return agrees ({@code
 * return this} in a builder's setter, {@code return new Builder(template)}; null otherwise), so a
 * chain of calls on the result resolves.
 */
record Summary(
    Taint returns,
    List<Taint> returnedElements,
    List<SinkHit> parameterSinks,
    Map<String, Taint> fieldWrites,
    Fields returnedFields,
    String returnType) {

  static final Summary EMPTY = new Summary(Taint.NONE, List.of(), List.of(), Map.of(), null, null);

  Summary {
    returnedElements = List.copyOf(returnedElements);
    parameterSinks = List.copyOf(parameterSinks);
    fieldWrites = Map.copyOf(fieldWrites);
  }

  /** Flow identities only, for detecting the fixed point. */
  String signature() {
    StringBuilder out = new StringBuilder(returns.signature()).append('#');
    out.append(returnType).append('#');
    returnedElements.forEach(e -> out.append(e.signature()).append('|'));
    out.append('#');
    if (returnedFields != null) {
      out.append(returnedFields.signature());
    }
    out.append('#');
    parameterSinks.stream()
        .map(h -> h.sink().kind() + "@" + h.path() + ":" + h.line() + "/" + h.flow().identity())
        .sorted()
        .forEach(s -> out.append(s).append(';'));
    out.append('#');
    fieldWrites.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().signature())
        .sorted()
        .forEach(s -> out.append(s).append(';'));
    return out.toString();
  }
}

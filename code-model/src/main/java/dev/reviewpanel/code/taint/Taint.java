package dev.reviewpanel.code.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The flows a value may carry: none for clean data. Kept small ({@value #MAX_FLOWS} flows at most,
 * distinct origins first) so the analysis stays linear in the size of the code.
 */
final class Taint {

  static final int MAX_FLOWS = 4;
  static final String RANDOM = "random";
  static final Taint NONE = new Taint(List.of());

  private final List<Flow> flows;

  private Taint(List<Flow> flows) {
    this.flows = flows;
  }

  static Taint of(Flow flow) {
    return new Taint(List.of(flow));
  }

  List<Flow> flows() {
    return flows;
  }

  boolean isEmpty() {
    return flows.isEmpty();
  }

  Taint union(Taint other) {
    if (other.flows.isEmpty() || other == this) {
      return this;
    }
    if (flows.isEmpty()) {
      return other;
    }
    List<Flow> merged = new ArrayList<>(flows);
    for (Flow flow : other.flows) {
      if (merged.size() >= MAX_FLOWS) {
        break;
      }
      if (merged.stream().noneMatch(f -> f.sameAs(flow))) {
        merged.add(flow);
      }
    }
    return merged.size() == flows.size() ? this : new Taint(List.copyOf(merged));
  }

  Taint map(UnaryOperator<Flow> change) {
    if (flows.isEmpty()) {
      return this;
    }
    List<Flow> out = new ArrayList<>(flows.size());
    flows.forEach(f -> out.add(change.apply(f)));
    return new Taint(List.copyOf(out));
  }

  /** Without the flows from a function's own parameters: what it carries outside that function. */
  Taint withoutParameters() {
    if (flows.stream().noneMatch(f -> f.origin().isParameter())) {
      return this;
    }
    return new Taint(flows.stream().filter(f -> !f.origin().isParameter()).toList());
  }

  /** Without the flows from sources of {@code kind}. */
  Taint withoutOrigin(String kind) {
    if (flows.stream().noneMatch(f -> f.origin().kind().equals(kind))) {
      return this;
    }
    return new Taint(flows.stream().filter(f -> !f.origin().kind().equals(kind)).toList());
  }

  /** Cleaned for {@code kinds}; flows cleaned for every kind disappear. */
  Taint clean(Set<String> kinds) {
    if (flows.isEmpty()) {
      return this;
    }
    if (kinds.contains(Flow.ALL)) {
      // a number or a checked value carries no injection, but a predictable value stays one
      List<Flow> kept = flows.stream().filter(f -> f.origin().kind().equals(RANDOM)).toList();
      return kept.isEmpty() ? NONE : new Taint(kept);
    }
    return map(f -> f.clean(kinds));
  }

  /** The taint of property {@code name} of a value carrying this: parameters narrow to it. */
  Taint property(String name) {
    if (flows.stream().noneMatch(f -> f.origin().isParameter() && f.origin().field() == null)) {
      return this;
    }
    return map(f -> f.property(name));
  }

  /** Spread over properties set before: see {@link Flow#overriding}. */
  Taint overriding(String path, int line, String label) {
    return map(f -> f.overriding(path, line, label));
  }

  /**
   * Stored as a value in the map of field {@code container} under {@code key}: see {@link Slot}.
   */
  Taint stored(String container, String key) {
    return map(f -> f.stored(container, key));
  }

  /** Read from the map of field {@code container} under {@code key}: see {@link Flow#read}. */
  Taint read(String container, String key) {
    if (flows.stream().noneMatch(f -> f.slot() != null)) {
      return this;
    }
    List<Flow> out = new ArrayList<>(flows.size());
    for (Flow flow : flows) {
      Flow kept = flow.read(container, key);
      if (kept != null) {
        out.add(kept);
      }
    }
    return new Taint(List.copyOf(out));
  }

  /** The keys of a map carrying this: the values stored under keys are none of them. */
  Taint keys() {
    if (flows.stream().noneMatch(Flow::stored)) {
      return this;
    }
    return new Taint(flows.stream().filter(f -> !f.stored()).toList());
  }

  /** Out of any map: see {@link Flow#unstored}. */
  Taint unstored() {
    return flows.stream().noneMatch(f -> f.slot() != null) ? this : map(Flow::unstored);
  }

  Taint step(String path, int line, String label) {
    return map(f -> f.step(path, line, label));
  }

  /** Identity of the flows, ignoring traces: a fixed point compares these. */
  String signature() {
    StringBuilder out = new StringBuilder();
    flows.stream().map(Flow::identity).sorted().forEach(s -> out.append(s).append(';'));
    return out.toString();
  }
}

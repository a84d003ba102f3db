package dev.reviewpanel.code.taint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The properties of an object or dict whose shape is known ({@code {url: request.url, theme}}):
 * what each constant key holds (itself an object of known shape or not), and what the keys nobody
 * named may carry ({@code rest}, from a spread or a computed key; null when every key is known). A
 * read of a named property gets that property's value, not the whole object's taint; a value
 * without fields falls back to the whole.
 */
record Fields(Map<String, Value> known, Taint rest) {

  static final Fields EMPTY = new Fields(Map.of(), null);

  Fields {
    known = Map.copyOf(known);
  }

  /** What property {@code key} holds: its own write, else what unnamed keys may carry. */
  Value get(String key) {
    Value own = known.get(key);
    if (own != null) {
      return own;
    }
    return rest == null ? Value.CLEAN : Value.of(rest);
  }

  /** {@code key} set to {@code value}, replacing what it held. */
  Fields with(String key, Value value) {
    Map<String, Value> more = new HashMap<>(known);
    more.put(key, Value.part(value));
    return new Fields(more, rest);
  }

  /**
   * A write below this object: {@code below} is the rest of the access path ({@code .theme}, {@code
   * [url]}, {@code .theme.color}); the property it names is replaced, a deeper one changed within.
   */
  Fields write(String below, Value value) {
    int end;
    String key;
    if (below.charAt(0) == '[') {
      end = below.indexOf(']') + 1;
      if (end <= 0) {
        return unknownKey(value.taint());
      }
      key = below.substring(1, end - 1);
    } else {
      int dot = below.indexOf('.', 1);
      int bracket = below.indexOf('[', 1);
      end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
      end = end < 0 ? below.length() : end;
      key = below.substring(1, end);
    }
    if (end == below.length()) {
      return with(key, value);
    }
    Value inner = get(key);
    return with(
        key,
        inner.fields() == null
            ? inner.or(value.taint())
            : inner.withFields(inner.fields().write(below.substring(end), value)));
  }

  /**
   * A spread of {@code value} after the properties so far: a spread with fields overrides the keys
   * it names; one whose keys are unknown may override any of them.
   */
  Fields spread(Value value, UnaryOperator<Taint> overriding) {
    Fields other = value.fields();
    if (other == null) {
      return unknownKey(value.taint(), overriding.apply(value.taint()));
    }
    Fields out = other.rest == null ? this : unknownKey(other.rest, overriding.apply(other.rest));
    Map<String, Value> more = new HashMap<>(out.known);
    more.putAll(other.known);
    return new Fields(more, union(out.rest, other.rest));
  }

  /** A computed key or an unknown spread: any property may now hold {@code taint}. */
  Fields unknownKey(Taint taint) {
    return unknownKey(taint, taint);
  }

  // the properties named before take {@code named}, the unnamed ones {@code taint}
  private Fields unknownKey(Taint taint, Taint named) {
    if (taint.isEmpty()) {
      return rest == null ? new Fields(known, Taint.NONE) : this;
    }
    Map<String, Value> more = new HashMap<>(known);
    more.replaceAll((k, v) -> v.or(named));
    return new Fields(more, union(rest, taint));
  }

  /** The fields of either branch. */
  Fields join(Fields other) {
    Set<String> keys = new HashSet<>(known.keySet());
    keys.addAll(other.known.keySet());
    Map<String, Value> joined = new HashMap<>();
    for (String key : keys) {
      Value mine = known.get(key);
      Value theirs = other.known.get(key);
      if (mine == null) {
        joined.put(key, rest == null ? theirs : theirs.or(rest));
      } else if (theirs == null) {
        joined.put(key, other.rest == null ? mine : mine.or(other.rest));
      } else {
        joined.put(key, Value.part(mine.join(theirs)));
      }
    }
    return new Fields(joined, union(rest, other.rest));
  }

  /** Every property's taint changed alike (a step of the trace, a substitution). */
  Fields map(UnaryOperator<Taint> change) {
    Map<String, Value> changed = new HashMap<>();
    known.forEach((k, v) -> changed.put(k, v.mapTaint(change)));
    return new Fields(changed, rest == null ? null : change.apply(rest));
  }

  /** All the object carries. */
  Taint all() {
    Taint out = rest == null ? Taint.NONE : rest;
    for (Value v : known.values()) {
      out = out.union(v.taint());
    }
    return out;
  }

  /** Flow identities, for comparing summaries between rounds. */
  String signature() {
    StringBuilder out = new StringBuilder("{");
    known.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + e.getValue().taint().signature()
                    + (e.getValue().fields() == null ? "" : e.getValue().fields().signature()))
        .sorted()
        .forEach(s -> out.append(s).append(','));
    return out.append("...").append(rest == null ? "-" : rest.signature()).append('}').toString();
  }

  private static Taint union(Taint a, Taint b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.union(b);
  }
}

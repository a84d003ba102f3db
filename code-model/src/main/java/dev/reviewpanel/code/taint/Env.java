package dev.reviewpanel.code.taint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of a function's variables and access paths at one point of its body: {@code x}, {@code
 * self.repo}, {@code params[id]} (constant keys and indices keep their own entry), with the taint
 * written into each root's fields and elements so a whole object passed on still carries it.
 */
final class Env {

  private final Map<String, Value> values;
  private final Map<String, Taint> nested;
  private final Set<String> keyed;
  // the paths whose value was found by a lookup
  private final Set<String> found;

  Env() {
    this(new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashSet<>());
  }

  private Env(
      Map<String, Value> values, Map<String, Taint> nested, Set<String> keyed, Set<String> found) {
    this.values = values;
    this.nested = nested;
    this.keyed = keyed;
    this.found = found;
  }

  Env copy() {
    return new Env(
        new HashMap<>(values), new HashMap<>(nested), new HashSet<>(keyed), new HashSet<>(found));
  }

  /**
   * A copy whose values carry what {@code change} makes of their taint: a closure's view of the
   * variables around it, without the flows of the enclosing function's own parameters.
   */
  Env mapped(java.util.function.UnaryOperator<Taint> change) {
    Env out = copy();
    out.values.replaceAll((k, v) -> v.mapTaint(change));
    out.nested.replaceAll((k, t) -> change.apply(t));
    return out;
  }

  Value get(String path) {
    return values.get(path);
  }

  boolean has(String path) {
    return values.containsKey(path);
  }

  /** Overwrites {@code path}; what was known of its fields and elements is forgotten. */
  void put(String path, Value value) {
    if (!path.contains(".") && !path.contains("[")) {
      boolean hadChildren = nested.remove(path) != null | keyed.remove(path);
      if (hadChildren) {
        values
            .keySet()
            .removeIf(k -> k.length() > path.length() && k.startsWith(path) && isChild(k, path));
      }
    } else {
      String root = root(path);
      nested.merge(root, value.taint(), Taint::union);
      propertyOf(root, path.substring(root.length()), value);
    }
    if (!found.isEmpty()) {
      forgetLookupsOf(path);
    }
    values.put(path, value);
    if (value.lookup() != null) {
      found.add(path);
    }
  }

  // o.theme = t or o.theme.color = t: the object's own properties know it too
  private void propertyOf(String root, String below, Value value) {
    Value object = values.get(root);
    if (object != null && object.fields() != null && !below.isEmpty()) {
      values.put(root, object.withFields(object.fields().write(below, value)));
    }
  }

  // a key assigned again names something else: what was found by it proves nothing of it
  private void forgetLookupsOf(String path) {
    found.removeIf(
        p -> {
          Value value = values.get(p);
          if (value == null || value.lookup() == null) {
            return true;
          }
          if (p.equals(path)) {
            return true;
          }
          if (value.lookup().changedBy(path)) {
            values.put(p, value.withLookup(null));
            return true;
          }
          return false;
        });
  }

  /** A collection literal assigned to {@code root}: every constant key it has is known. */
  void markKeyed(String root) {
    keyed.add(root);
  }

  boolean isKeyed(String root) {
    return keyed.contains(root);
  }

  /** The taint written into the fields and elements of {@code root}. */
  Taint nested(String root) {
    return nested.getOrDefault(root, Taint.NONE);
  }

  /** This env joined with another branch's: a value from either may reach here. */
  void join(Env other) {
    for (Map.Entry<String, Value> entry : other.values.entrySet()) {
      values.merge(entry.getKey(), entry.getValue(), Value::join);
    }
    for (String key : Set.copyOf(values.keySet())) {
      if (!other.values.containsKey(key)) {
        Value mine = values.get(key);
        // absent on the other path: not a constant any more
        values.put(key, new Value(mine.taint(), Value.UNKNOWN, mine.type(), mine.function()));
      }
    }
    other.nested.forEach((k, v) -> nested.merge(k, v, Taint::union));
    keyed.retainAll(other.keyed);
    if (!found.isEmpty() || !other.found.isEmpty()) {
      found.clear();
      values.forEach(
          (k, v) -> {
            if (v.lookup() != null) {
              found.add(k);
            }
          });
    }
  }

  /** Replaces this env's content with another's. */
  void replace(Env other) {
    values.clear();
    values.putAll(other.values);
    nested.clear();
    nested.putAll(other.nested);
    keyed.clear();
    keyed.addAll(other.keyed);
    found.clear();
    found.addAll(other.found);
  }

  static String root(String path) {
    int end = path.length();
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    if (dot > 0) {
      end = dot;
    }
    if (bracket > 0 && bracket < end) {
      end = bracket;
    }
    return path.substring(0, end);
  }

  private static boolean isChild(String key, String path) {
    char next = key.charAt(path.length());
    return next == '.' || next == '[';
  }
}

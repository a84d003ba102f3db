package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.Function;

/**
 * What the analysis knows of a value: the flows it carries, its constant when it has one, the class
 * it is an instance of (for resolving method calls), the function it is (for lambdas), the lookup
 * it was found by, and what each element carries when it is a tuple or array a function returned
 * ({@code term, field_name = process(request)}), and what each property carries when it is an
 * object or dict of known shape ({@link Fields}).
 */
record Value(
    Taint taint,
    Object constant,
    String type,
    Function function,
    Lookup lookup,
    java.util.List<Taint> elements,
    Fields fields) {

  Value(Taint taint, Object constant, String type, Function function) {
    this(taint, constant, type, function, null, null, null);
  }

  Value(
      Taint taint,
      Object constant,
      String type,
      Function function,
      Lookup lookup,
      java.util.List<Taint> elements) {
    this(taint, constant, type, function, lookup, elements, null);
  }

  /** Marks a value whose constant is not known (a null constant is Python's None). */
  static final Object UNKNOWN = new Object();

  static final Value CLEAN = new Value(Taint.NONE, UNKNOWN, null, null);

  static Value of(Taint taint) {
    return taint.isEmpty() ? CLEAN : new Value(taint, UNKNOWN, null, null);
  }

  static Value constant(Object constant) {
    return new Value(Taint.NONE, constant, null, null);
  }

  static Value typed(String type) {
    return new Value(Taint.NONE, UNKNOWN, type, null);
  }

  boolean isConstant() {
    return constant != UNKNOWN;
  }

  /** This value carrying {@code more} instead; what was known of its parts is forgotten. */
  Value withTaint(Taint more) {
    return new Value(more, constant, type, function, lookup, null);
  }

  /** An object of known shape: its taint is all its properties carry. */
  static Value object(Fields fields) {
    return new Value(fields.all(), UNKNOWN, null, null, null, null, fields);
  }

  /** This value with its properties known as {@code parts} (null: not known). */
  Value withFields(Fields parts) {
    return new Value(
        parts == null ? taint : taint.union(parts.all()),
        constant,
        type,
        function,
        lookup,
        elements,
        parts);
  }

  /** What property {@code key} of this value carries: its own when known, else the whole. */
  Taint property(String key) {
    return fields == null ? taint.property(key) : fields.get(key).taint();
  }

  /** The value of property {@code key}: its own (with its own fields) when known. */
  Value propertyValue(String key) {
    return fields == null ? of(taint.property(key)) : fields.get(key);
  }

  /** As a property of an object: its taint and fields; constants may change behind a call. */
  static Value part(Value value) {
    return value.fields == null
        ? of(value.taint)
        : new Value(value.taint, UNKNOWN, null, null, null, null, value.fields);
  }

  /** This value, or data carrying {@code more} in its place (an override nobody can see). */
  Value or(Taint more) {
    if (more.isEmpty()) {
      return this;
    }
    return new Value(
        taint.union(more),
        UNKNOWN,
        type,
        function,
        null,
        null,
        fields == null ? null : fields.unknownKey(more));
  }

  /** Every flow it and its properties carry changed alike. */
  Value mapTaint(java.util.function.UnaryOperator<Taint> change) {
    return new Value(
        change.apply(taint),
        constant,
        type,
        function,
        lookup,
        elements == null ? null : elements.stream().map(change).toList(),
        fields == null ? null : fields.map(change));
  }

  Value withLookup(Lookup found) {
    return new Value(taint, constant, type, function, found, elements, fields);
  }

  Value withElements(java.util.List<Taint> parts) {
    return new Value(taint, constant, type, function, lookup, parts, fields);
  }

  /** What element {@code index} carries, when known. */
  Taint element(Object index) {
    if (elements == null || !(index instanceof Number number)) {
      return null;
    }
    int i = number.intValue();
    return i >= 0 && i < elements.size() && i == number.doubleValue() ? elements.get(i) : null;
  }

  private boolean isNull() {
    return isConstant() && constant == null;
  }

  /** The join of two branches' values. */
  Value join(Value other) {
    if (other == this) {
      return this;
    }
    Object c =
        isConstant() && other.isConstant() && java.util.Objects.equals(constant, other.constant)
            ? constant
            : UNKNOWN;
    String t = type != null ? type : other.type;
    Function f = function != null ? function : other.function;
    // null on one branch, found on the other: a check that the entry exists rules the null out
    Lookup l =
        java.util.Objects.equals(lookup, other.lookup)
            ? lookup
            : isNull() ? other.lookup : other.isNull() ? lookup : null;
    java.util.List<Taint> e = null;
    if (elements != null && other.elements != null && elements.size() == other.elements.size()) {
      java.util.List<Taint> joined = new java.util.ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        joined.add(elements.get(i).union(other.elements.get(i)));
      }
      e = java.util.List.copyOf(joined);
    }
    // an object on both branches: each property from either; else the whole
    Fields p = fields != null && other.fields != null ? fields.join(other.fields) : null;
    return new Value(taint.union(other.taint), c, t, f, l, e, p);
  }
}

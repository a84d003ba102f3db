package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.Function;

/**
 * What the analysis knows of a value: the flows it carries, its constant when it has one, the class
 * it is an instance of (for resolving method calls), and the function it is (for lambdas).
 */
record Value(Taint taint, Object constant, String type, Function function) {

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

  Value withTaint(Taint more) {
    return new Value(more, constant, type, function);
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
    return new Value(taint.union(other.taint), c, t, f);
  }
}

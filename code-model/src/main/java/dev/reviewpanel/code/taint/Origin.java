package dev.reviewpanel.code.taint;

/**
 * Where a flow starts: a catalog source ({@code remote}, {@code local}, {@code random}) or, inside
 * a function summary, one of the function's parameters ({@link #PARAMETER}, with its index), or one
 * property of it ({@code field}: {@code authOptions} for {@code init({authOptions: config})}).
 */
record Origin(String kind, String label, String path, int line, int parameter, String field) {

  Origin(String kind, String label, String path, int line, int parameter) {
    this(kind, label, path, line, parameter, null);
  }

  static final String PARAMETER = "parameter";
  static final String REMOTE = "remote";
  static final String LOCAL = "local";

  static Origin parameter(int index, String name, String path, int line) {
    return new Origin(PARAMETER, "parameter '" + name + "'", path, line, index);
  }

  boolean isParameter() {
    return kind.equals(PARAMETER);
  }

  /** A whole parameter narrowed to its property {@code name}; anything else as it is. */
  Origin property(String name) {
    return isParameter() && field == null
        ? new Origin(kind, label, path, line, parameter, name)
        : this;
  }
}

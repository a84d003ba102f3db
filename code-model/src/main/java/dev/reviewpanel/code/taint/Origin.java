package dev.reviewpanel.code.taint;

/**
 * Where a flow starts: a catalog source ({@code remote}, {@code local}, {@code random}) or, inside
 * a function summary, one of the function's parameters ({@link #PARAMETER}, with its index).
 */
record Origin(String kind, String label, String path, int line, int parameter) {

  static final String PARAMETER = "parameter";
  static final String REMOTE = "remote";
  static final String LOCAL = "local";

  static Origin parameter(int index, String name, String path, int line) {
    return new Origin(PARAMETER, "parameter '" + name + "'", path, line, index);
  }

  boolean isParameter() {
    return kind.equals(PARAMETER);
  }
}

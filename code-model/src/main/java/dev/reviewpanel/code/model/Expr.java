package dev.reviewpanel.code.model;

import java.util.List;
import java.util.Optional;

/**
 * An expression of the language-neutral model. Adapters map every language's syntax onto these few
 * shapes; what has no shape of its own becomes an {@link Opaque} whose parts still carry data.
 */
public sealed interface Expr {

  /** 1-based line where the expression starts. */
  int line();

  /** True for text: a string literal or text being built. */
  static boolean isText(Expr expr) {
    return (expr instanceof Literal l && l.isString()) || expr instanceof StringBuild;
  }

  /**
   * {@code left op right} as every adapter builds it: {@code +} with text on either side is a
   * concatenation (flattened into one with the parts on its left), anything else an operation.
   */
  static Expr binary(String operator, Expr left, Expr right, int line) {
    if (!operator.equals("+") || !(isText(left) || isText(right))) {
      return new Operation(operator, List.of(left, right), line);
    }
    List<Expr> parts = new java.util.ArrayList<>();
    if (left instanceof StringBuild build && build.kind() == StringBuild.Kind.CONCAT) {
      parts.addAll(build.parts());
    } else {
      parts.add(left);
    }
    parts.add(right);
    return new StringBuild(StringBuild.Kind.CONCAT, parts, line);
  }

  /** The dotted name of a name or attribute chain ({@code app.route}), else empty. */
  static String dotted(Expr expr) {
    if (expr instanceof Name name) {
      return name.name();
    }
    if (expr instanceof Attribute attribute) {
      String object = dotted(attribute.object());
      return object.isEmpty() ? attribute.name() : object + "." + attribute.name();
    }
    return "";
  }

  /** A local, parameter, global or imported name; {@code this}/{@code self} included. */
  record Name(String name, int line) implements Expr {}

  /** A constant: {@link String}, {@link Long}, {@link Double}, {@link Boolean}, or null. */
  record Literal(Object value, int line) implements Expr {

    public boolean isString() {
      return value instanceof String;
    }
  }

  /** {@code object.name}: field, attribute or property access. */
  record Attribute(Expr object, String name, int line) implements Expr {}

  /** {@code object[key]}: subscripts, with the constant key when there is one. */
  record Index(Expr object, Expr key, int line) implements Expr {

    /** The key when it is a string or number literal. */
    public Optional<Object> constantKey() {
      return key instanceof Literal literal && literal.value() != null
          ? Optional.of(literal.value())
          : Optional.empty();
    }
  }

  /**
   * A call or a constructor invocation ({@code construct}: {@code new Foo(...)}, or a Python class
   * called). {@code resolved} is filled by the symbol table when the target is known.
   */
  record Call(Expr callee, List<Argument> arguments, boolean construct, int line) implements Expr {

    public Call {
      arguments = List.copyOf(arguments);
    }

    /** The called name without its receiver: {@code execute} for {@code cur.execute(...)}. */
    public String name() {
      if (callee instanceof Name n) {
        return n.name();
      }
      return callee instanceof Attribute a ? a.name() : "";
    }

    /** The receiver of a method call, {@code cur} for {@code cur.execute(...)}. */
    public Optional<Expr> receiver() {
      return callee instanceof Attribute a ? Optional.of(a.object()) : Optional.empty();
    }

    /** Positional argument {@code index} (0-based), spread arguments excluded. */
    public Optional<Expr> positional(int index) {
      int seen = 0;
      for (Argument argument : arguments) {
        if (argument.keyword() == null && !argument.spread()) {
          if (seen++ == index) {
            return Optional.of(argument.value());
          }
        }
      }
      return Optional.empty();
    }

    /** The argument passed by keyword {@code name}. */
    public Optional<Expr> keyword(String name) {
      return arguments.stream()
          .filter(a -> name.equals(a.keyword()))
          .map(Argument::value)
          .findFirst();
    }
  }

  /** One argument of a call: positional ({@code keyword} null), by keyword, or spread. */
  record Argument(String keyword, Expr value, boolean spread) {

    public static Argument positional(Expr value) {
      return new Argument(null, value, false);
    }
  }

  /**
   * Text built from parts: concatenation, template literals, f-strings, {@code %} and {@code
   * .format}, {@code String.format}, {@code StringBuilder}. Literal parts stay {@link Literal}s.
   */
  record StringBuild(Kind kind, List<Expr> parts, int line) implements Expr {

    public StringBuild {
      parts = List.copyOf(parts);
    }

    /** How the text is built, for the words of a trace. */
    public enum Kind {
      CONCAT("concatenated"),
      INTERPOLATION("interpolated"),
      FORMAT("formatted");

      private final String verb;

      Kind(String verb) {
        this.verb = verb;
      }

      public String verb() {
        return verb;
      }
    }
  }

  /** Arithmetic, comparison, boolean and unary operators; {@code operator} as written. */
  record Operation(String operator, List<Expr> operands, int line) implements Expr {

    public Operation {
      operands = List.copyOf(operands);
    }
  }

  /** {@code condition ? whenTrue : whenFalse}; the condition decides but does not flow. */
  record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, int line) implements Expr {}

  /** A list, tuple, set, dict or object literal, or a comprehension. */
  record Collection(Shape shape, List<Entry> entries, int line) implements Expr {

    public Collection {
      entries = List.copyOf(entries);
    }

    /** Literal shapes; keyed ones have {@link Entry#key()}s. */
    public enum Shape {
      LIST,
      TUPLE,
      SET,
      MAP
    }

    /** One element; {@code key} is null in lists, {@code spread} for {@code ...x}/{@code **x}. */
    public record Entry(Expr key, Expr value, boolean spread) {

      /** The key when it is a literal. */
      public Optional<Object> constantKey() {
        return key instanceof Literal l && l.value() != null
            ? Optional.of(l.value())
            : Optional.empty();
      }
    }
  }

  /** A function value: lambda, arrow function, function expression, nested def. */
  record Lambda(Function function, int line) implements Expr {}

  /** Anything else (await, comprehension clauses, casts...): data flows from its parts. */
  record Opaque(String kind, List<Expr> parts, int line) implements Expr {

    public Opaque {
      parts = List.copyOf(parts);
    }
  }
}

package dev.reviewpanel.code.model;

import java.util.List;

/** A statement of the language-neutral model: function bodies are lists of these, in order. */
public sealed interface Stmt {

  /** 1-based line where the statement starts. */
  int line();

  /** The statement lists nested directly in this one: branches, loop body, try clauses. */
  default List<List<Stmt>> blocks() {
    return List.of();
  }

  /**
   * {@code target = value}; {@code operator} is {@code "="} or the compound form ({@code "+="}).
   * Declarations with an initializer, destructuring (split into one assignment per name), {@code
   * with ... as x} and {@code for x in} bindings become assignments too.
   */
  record Assign(Expr target, Expr value, String operator, int line) implements Stmt {}

  /**
   * A local variable's declared type ({@code Statement st = ...}), before its assignment; {@code
   * var} where the language writes none (JavaScript {@code let s;}, which has no assignment).
   */
  record Declare(String name, String type, int line) implements Stmt {}

  /** An expression evaluated for its effect, typically a call. */
  record Evaluate(Expr expr, int line) implements Stmt {}

  /** {@code return value} ({@code value} null for a bare return); arrow bodies are returns. */
  record Return(Expr value, int line) implements Stmt {}

  /** {@code if}/{@code elif}/{@code else}, {@code switch} arms and ternary statements. */
  record Branch(Expr condition, List<Stmt> then, List<Stmt> otherwise, int line) implements Stmt {

    public Branch {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }

    @Override
    public List<List<Stmt>> blocks() {
      return List.of(then, otherwise);
    }
  }

  /**
   * {@code for}/{@code while}/{@code do}: {@code variable} is bound to each element of {@code
   * iterable} (either may be null), {@code condition} guards a {@code while}; {@code keys} when the
   * variable walks the iterable's keys rather than its elements (JavaScript {@code for...in}).
   */
  record Loop(Expr variable, Expr iterable, Expr condition, List<Stmt> body, int line, boolean keys)
      implements Stmt {

    public Loop {
      body = List.copyOf(body);
    }

    public Loop(Expr variable, Expr iterable, Expr condition, List<Stmt> body, int line) {
      this(variable, iterable, condition, body, line, false);
    }

    @Override
    public List<List<Stmt>> blocks() {
      return List.of(body);
    }
  }

  /** {@code try}/{@code catch}/{@code else}/{@code finally}. */
  record Try(
      List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finallyBody, int line)
      implements Stmt {

    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orElse = List.copyOf(orElse);
      finallyBody = List.copyOf(finallyBody);
    }

    @Override
    public List<List<Stmt>> blocks() {
      List<List<Stmt>> blocks = new java.util.ArrayList<>();
      blocks.add(body);
      handlers.forEach(handler -> blocks.add(handler.body()));
      blocks.add(orElse);
      blocks.add(finallyBody);
      return blocks;
    }

    /** One {@code catch}/{@code except}: the bound name (or null) and the caught type names. */
    public record Handler(String variable, List<String> types, List<Stmt> body, int line) {

      public Handler {
        types = List.copyOf(types);
        body = List.copyOf(body);
      }
    }
  }

  /** {@code throw}/{@code raise}; ends the path like a return. */
  record Throw(Expr value, int line) implements Stmt {}

  /**
   * {@code break} or {@code continue}; {@code label} is the named target or null. A {@code break}
   * that ends a {@code switch} case is {@link Kind#CASE_END}: the code after the switch runs next,
   * the enclosing loop goes on.
   */
  record Jump(Kind kind, String label, int line) implements Stmt {

    /** Where control goes. */
    public enum Kind {
      BREAK,
      CONTINUE,
      CASE_END
    }
  }
}

package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one function of the code model in source order and tells a {@link Visitor} which loops
 * repeat each statement: loop statements, the clauses of a comprehension, and callbacks handed to
 * array iteration methods ({@code xs.forEach(...)}, {@code xs.map(...)}), which run once per
 * element too. Other nested functions are not entered: they may run once, later, or never.
 */
final class LoopNest {

  /** What a walk reports. */
  interface Visitor {

    /** A loop starts; {@code outer} holds the loops around it, outermost first. */
    default void loop(Repeat loop, List<Repeat> outer) {}

    /** A statement runs inside {@code loops}, outermost first (empty: runs once). */
    default void statement(Stmt stmt, List<Repeat> loops) {}

    /** A nested callback starts ({@code true}) or ends: the names it binds are its own. */
    default void scope(boolean enter) {}

    /** The callback {@code function} starts or ends; called beside {@link #scope}. */
    default void callback(Function function, boolean enter) {}

    /** A call or an operation is evaluated inside {@code loops} (a live view: do not keep it). */
    default void expression(Expr expr, List<Repeat> loops) {}
  }

  /**
   * Code that repeats.
   *
   * @param collection the collection it walks, as a dotted name without {@code self.}/{@code
   *     this.}, or null when unknown ({@code while}, {@code for...in}, a computed iterable)
   * @param index a number unique within one walk, in the order loops start
   */
  record Repeat(int line, String collection, int index) {}

  private final Visitor visitor;
  private final Iterated iterated;
  private final List<Repeat> stack = new ArrayList<>();
  private final List<Repeat> view = java.util.Collections.unmodifiableList(stack);
  private int started;

  private LoopNest(Visitor visitor, Iterated iterated) {
    this.visitor = visitor;
    this.iterated = iterated;
  }

  /** Walks {@code function} of a file in {@code language}. */
  static void walk(Function function, Language language, Visitor visitor) {
    new LoopNest(visitor, new Iterated(language)).statements(function.body());
  }

  private void statements(List<Stmt> body) {
    body.forEach(this::statement);
  }

  private void statement(Stmt stmt) {
    visitor.statement(stmt, List.copyOf(stack));
    if (stmt instanceof Stmt.Assign assign) {
      expression(assign.target());
      expression(assign.value());
    } else if (stmt instanceof Stmt.Evaluate evaluate) {
      expression(evaluate.expr());
    } else if (stmt instanceof Stmt.Return ret) {
      expression(ret.value());
    } else if (stmt instanceof Stmt.Throw thrown) {
      thrown(thrown.value());
    } else if (stmt instanceof Stmt.Branch branch) {
      expression(branch.condition());
      statements(branch.then());
      statements(branch.otherwise());
    } else if (stmt instanceof Stmt.Loop loop) {
      expression(loop.variable());
      expression(loop.iterable());
      start(loop.line(), iterated.of(loop));
      expression(loop.condition());
      statements(loop.body());
      end();
    } else if (stmt instanceof Stmt.Try attempt) {
      statements(attempt.body());
      attempt.handlers().forEach(handler -> statements(handler.body()));
      statements(attempt.orElse());
      statements(attempt.finallyBody());
    }
  }

  private void expression(Expr expr) {
    if (expr instanceof Expr.Attribute attribute) {
      expression(attribute.object());
    } else if (expr instanceof Expr.Index index) {
      expression(index.object());
      expression(index.key());
    } else if (expr instanceof Expr.Call call) {
      visitor.expression(call, view);
      call(call);
    } else if (expr instanceof Expr.StringBuild build) {
      build.parts().forEach(this::expression);
    } else if (expr instanceof Expr.Operation operation) {
      visitor.expression(operation, view);
      operation.operands().forEach(this::expression);
    } else if (expr instanceof Expr.Conditional conditional) {
      expression(conditional.condition());
      expression(conditional.whenTrue());
      expression(conditional.whenFalse());
    } else if (expr instanceof Expr.Collection collection) {
      for (Expr.Collection.Entry entry : collection.entries()) {
        expression(entry.key());
        expression(entry.value());
      }
    } else if (expr instanceof Expr.Opaque opaque) {
      if (opaque.kind().equals("comprehension")) {
        comprehension(opaque);
      } else {
        opaque.parts().forEach(this::expression);
      }
    }
  }

  // xs.forEach(x => ...): the callback's body runs once per element of xs.
  private void call(Expr.Call call) {
    expression(call.callee());
    if (!iterated.isIterating(call)) {
      call.arguments().forEach(argument -> expression(argument.value()));
      return;
    }
    start(call.line(), iterated.source(call));
    for (Expr.Argument argument : call.arguments()) {
      if (argument.value() instanceof Expr.Lambda callback) {
        visitor.scope(true);
        visitor.callback(callback.function(), true);
        statements(callback.function().body());
        visitor.callback(callback.function(), false);
        visitor.scope(false);
      } else {
        expression(argument.value());
      }
    }
    end();
  }

  // [f(a, b) for a in xs for b in ys if p(a, b)]: every clause repeats the element and the
  // filters, and a clause repeats the clauses after it; the iterables are read as the clauses
  // start.
  private void comprehension(Expr.Opaque comprehension) {
    int depth = stack.size();
    List<Expr> repeated = new ArrayList<>();
    for (Expr part : comprehension.parts()) {
      if (part instanceof Expr.Opaque clause && clause.kind().equals("for_in_clause")) {
        clause.parts().forEach(this::expression);
        start(clause.line(), clause.parts().isEmpty() ? null : iterated.of(clause.parts().get(0)));
      } else {
        repeated.add(part);
      }
    }
    repeated.forEach(this::expression);
    while (stack.size() > depth) {
      end();
    }
  }

  // Java: building the exception runs once, on the way out of the loops
  private void thrown(Expr value) {
    if (!iterated.throwLeavesLoops()) {
      expression(value);
      return;
    }
    List<Repeat> around = List.copyOf(stack);
    stack.clear();
    expression(value);
    stack.addAll(around);
  }

  private void start(int line, String collection) {
    Repeat repeat = new Repeat(line, collection, started++);
    visitor.loop(repeat, List.copyOf(stack));
    stack.add(repeat);
  }

  private void end() {
    stack.remove(stack.size() - 1);
  }
}

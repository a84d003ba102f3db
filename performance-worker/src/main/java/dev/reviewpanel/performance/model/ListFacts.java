package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one function's own code says about the names it binds, for {@link ListLookupInLoopAnalyzer}:
 * the values assigned to each (in source order), declared types of locals and parameters, and the
 * lists grown in place ({@code append}, {@code push}, {@code +=}). Nested functions have facts of
 * their own.
 */
final class ListFacts {

  private static final Set<String> GROWING = Set.of("append", "extend", "insert", "push");

  /** A value bound to a name at {@code line}. */
  record Bound(int line, Expr value) {}

  private final Map<String, List<Bound>> bound = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final Set<String> grown = new HashSet<>();

  ListFacts(Function function) {
    function.parameters().forEach(p -> types.put(p.name(), p.type()));
    statements(function.body());
  }

  /** Whether the function binds {@code name} at all: a parameter, a declaration, an assignment. */
  boolean binds(String name) {
    return types.containsKey(name) || bound.containsKey(name);
  }

  /** Every value bound to {@code name}, in source order. */
  List<Bound> values(String name) {
    return bound.getOrDefault(name, List.of());
  }

  /** The last value bound to {@code name} on a line before {@code line}. */
  Optional<Expr> before(String name, int line) {
    Expr last = null;
    for (Bound value : values(name)) {
      if (value.line() < line) {
        last = value.value();
      }
    }
    return Optional.ofNullable(last);
  }

  /** Whether {@code name} is a parameter or a local declared with a type or without a value. */
  boolean declares(String name) {
    return types.containsKey(name);
  }

  /** The declared type of a local or parameter, as written, or null. */
  String type(String name) {
    return types.get(name);
  }

  boolean grown(String name) {
    return grown.contains(name);
  }

  private void statements(List<Stmt> body) {
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.Declare declare) {
        types.put(declare.name(), declare.type());
        bound.computeIfAbsent(declare.name(), k -> new ArrayList<>());
      } else if (stmt instanceof Stmt.Assign assign && assign.target() instanceof Expr.Name name) {
        if (assign.operator().equals("=")) {
          bound
              .computeIfAbsent(name.name(), k -> new ArrayList<>())
              .add(new Bound(assign.line(), assign.value()));
        } else {
          grown.add(name.name());
        }
      } else if (stmt instanceof Stmt.Evaluate evaluate
          && evaluate.expr() instanceof Expr.Call call
          && GROWING.contains(call.name())
          && call.receiver().orElse(null) instanceof Expr.Name list) {
        grown.add(list.name());
      }
      stmt.blocks().forEach(this::statements);
    }
  }
}

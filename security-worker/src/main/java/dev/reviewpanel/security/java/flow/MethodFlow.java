package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Intraprocedural, flow-insensitive dataflow for one method: every local ends up with the union of
 * everything assigned to it anywhere in the method, so a variable that only ever holds constants
 * stays constant and one touched by request data anywhere stays tainted.
 */
public final class MethodFlow {

  private static final int MAX_ROUNDS = 8;

  private final CallableDeclaration<?> callable;
  private final ConstantFolder folder;
  private final OwnNodes ownNodes;
  private final boolean handler;
  private final FieldTable fields;
  // the parameters and locals this flow tracks by name; their types come from JavaNames
  private final Set<String> locals = new HashSet<>();
  private final Map<String, Flow> values = new HashMap<>();
  private final Set<String> inert = new HashSet<>();
  private final FlowEvaluator evaluator = new FlowEvaluator(this);
  private final List<Assignment> assignments;
  private final Set<String> guarded;
  private final LocalContainers containers;

  private final MethodSummaries summaries;
  private final List<Flow> fromCallers;

  /**
   * With {@code untrusted} >= 0: a summary run where only that parameter carries request data.
   * Otherwise {@code fromCallers} holds, per parameter, what this file's callers pass in (empty
   * when unknown), so a sink inside a helper sees the request data a handler hands it.
   */
  MethodFlow(
      CallableDeclaration<?> callable,
      FieldTable fields,
      MethodSummaries summaries,
      int untrusted,
      List<Flow> fromCallers) {
    this.summaries = summaries;
    this.fromCallers = fromCallers;
    this.callable = callable;
    this.folder = new ConstantFolder(callable, fields);
    this.ownNodes = new OwnNodes(callable, folder);
    this.fields = fields;
    this.handler = RequestHandlers.isHandler(callable);
    for (int i = 0; i < callable.getParameters().size(); i++) {
      Parameter parameter = callable.getParameter(i);
      declare(parameter.getNameAsString(), parameter.getTypeAsString());
      Flow flow =
          untrusted < 0
              ? RequestHandlers.parameterFlow(parameter, handler)
              : i == untrusted ? Flow.REQUEST : Flow.OPAQUE;
      if (i < fromCallers.size()) {
        flow = flow.or(fromCallers.get(i));
      }
      values.put(parameter.getNameAsString(), flow);
    }
    for (VariableDeclarationExpr declaration : own(VariableDeclarationExpr.class)) {
      for (VariableDeclarator variable : declaration.getVariables()) {
        declare(variable.getNameAsString(), variable.getTypeAsString());
      }
    }
    this.guarded = AllowListGuards.of(this);
    this.containers = new LocalContainers(this, folder);
    this.assignments = Assignment.collect(this, DeadStores.of(this));
    // Before solving, so values derived from a checked path are clean too.
    solve(assignments);
  }

  /** The method or constructor this flow describes. */
  public CallableDeclaration<?> callable() {
    return callable;
  }

  /** Per parameter, what this file's callers pass in; empty when not computed. */
  List<Flow> fromCallers() {
    return fromCallers;
  }

  /** The compile-time value of {@code expression} in this method, when it folds to one. */
  public Optional<Object> constantOf(Expression expression) {
    return folder.fold(expression);
  }

  /** What {@code expression} (inside this method) may carry. */
  public Flow flowOf(Expression expression) {
    return evaluator.flowOf(expression);
  }

  /** True when {@code expression} denotes the HTTP request object. */
  public boolean isRequest(Expression expression) {
    return evaluator.isRequest(expression);
  }

  /**
   * The declared simple type ({@code Statement}, {@code List<X>}) of the local, parameter or field
   * {@code reference} ({@code x} or {@code this.x}) names where it stands; empty when not declared
   * in this file or declared without a type.
   */
  public Optional<String> typeOf(Expression reference) {
    return JavaNames.of(reference).map(d -> simpleType(d.written())).filter(t -> !t.isEmpty());
  }

  /** Every expression assigned to local {@code name} in this method (initializer included). */
  public List<Expression> valuesOf(String name) {
    return assignments.stream()
        .filter(a -> a.target().equals(name))
        .map(Assignment::value)
        .toList();
  }

  /** The nodes of {@code type} in this method's own body, not in nested classes' methods. */
  public <T extends Node> List<T> own(Class<T> type) {
    return ownNodes.ofType(type);
  }

  /** True when {@code reference} names a variable or field declared in this file. */
  boolean isVariable(Expression reference) {
    return JavaNames.of(reference).isPresent();
  }

  Flow flowOfName(String name) {
    if (locals.contains(name)) {
      Flow flow = inert.contains(name) ? Flow.CONSTANT : values.getOrDefault(name, Flow.CONSTANT);
      if (guarded.contains(name)) {
        return Flow.CONSTANT; // validated against an allow-list: only accepted values remain
      }
      return flow;
    }
    return flowOfField(name);
  }

  ConstantFolder folder() {
    return folder;
  }

  Optional<Flow> summarized(MethodCallExpr call) {
    return summaries.apply(call, evaluator::flowOf);
  }

  Optional<List<Expression>> containerElements(MethodCallExpr get) {
    return containers.elements(get);
  }

  Flow flowOfField(String name) {
    return fields.isConstant(name) ? Flow.CONSTANT : Flow.OPAQUE;
  }

  private void declare(String name, String written) {
    locals.add(name);
    if (RequestHandlers.isInertType(simpleType(written))) {
      inert.add(name);
    }
  }

  // Iterates to a fixed point; the lattice is tiny, so a few rounds always suffice.
  private void solve(List<Assignment> assignments) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (Assignment assignment : assignments) {
        if (!locals.contains(assignment.target()) || inert.contains(assignment.target())) {
          continue;
        }
        Flow before = values.getOrDefault(assignment.target(), Flow.CONSTANT);
        Flow value = evaluator.flowOf(assignment.value());
        Flow after = assignment.appends() ? before.concat(value) : before.or(value);
        if (!after.equals(before)) {
          values.put(assignment.target(), after);
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  /**
   * {@code java.sql.Statement} as {@code Statement}, {@code java.util.List<X>} as {@code List<X>}.
   */
  static String simpleType(String written) {
    int generic = written.indexOf('<');
    String base = generic < 0 ? written : written.substring(0, generic);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? written : written.substring(dot + 1);
  }

  /** The variable at the root of {@code a.b().c()}, if it is a plain name. */
  public static Optional<String> rootName(Expression expression) {
    return root(expression).map(NameExpr::getNameAsString);
  }

  /** The plain name at the root of {@code a.b().c()}, if there is one. */
  public static Optional<NameExpr> root(Expression expression) {
    Expression current = expression;
    while (true) {
      if (current.isNameExpr()) {
        return Optional.of(current.asNameExpr());
      } else if (current.isMethodCallExpr() && current.asMethodCallExpr().getScope().isPresent()) {
        current = current.asMethodCallExpr().getScope().get();
      } else if (current.isFieldAccessExpr()) {
        current = current.asFieldAccessExpr().getScope();
      } else if (current.isEnclosedExpr()) {
        current = current.asEnclosedExpr().getInner();
      } else {
        return Optional.empty();
      }
    }
  }

  static boolean isCall(Node node, Set<String> names) {
    return node instanceof MethodCallExpr call && names.contains(call.getNameAsString());
  }
}

package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds compile-time-computable expressions (literals, constant locals and fields, arithmetic,
 * comparisons, {@code "ABC".charAt(2)}) so dead branches and switch cases can be skipped. Integral
 * values fold to {@link Long}, characters to {@link Character}.
 */
final class ConstantFolder {

  private static final int MAX_DEPTH = 16;

  private final Map<String, Expression> locals = new HashMap<>();
  private final FieldTable fields;

  ConstantFolder(CallableDeclaration<?> callable, FieldTable fields) {
    this.fields = fields;
    Map<String, Integer> writes = new HashMap<>();
    Set<String> parameters = new HashSet<>();
    callable.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
    for (VariableDeclarator variable : callable.findAll(VariableDeclarator.class)) {
      writes.merge(variable.getNameAsString(), 1, Integer::sum);
      variable.getInitializer().ifPresent(i -> locals.put(variable.getNameAsString(), i));
    }
    for (AssignExpr assign : callable.findAll(AssignExpr.class)) {
      MethodFlow.rootName(assign.getTarget()).ifPresent(n -> writes.merge(n, 2, Integer::sum));
    }
    for (UnaryExpr unary : callable.findAll(UnaryExpr.class, ConstantFolder::writes)) {
      MethodFlow.rootName(unary.getExpression()).ifPresent(n -> writes.merge(n, 2, Integer::sum));
    }
    // A local is constant only when declared once, initialized, and never written again.
    locals.keySet().removeIf(n -> writes.getOrDefault(n, 0) != 1 || parameters.contains(n));
  }

  private static boolean writes(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  /** The constant value of {@code expression}, if it has one. */
  Optional<Object> fold(Expression expression) {
    return Optional.ofNullable(value(expression, 0));
  }

  /** {@code TRUE}/{@code FALSE} when the condition is constant, else empty. */
  Optional<Boolean> condition(Expression expression) {
    return fold(expression).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  private Object value(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (e.isIntegerLiteralExpr()) {
      return e.asIntegerLiteralExpr().asNumber().longValue();
    }
    if (e.isLongLiteralExpr()) {
      return e.asLongLiteralExpr().asNumber().longValue();
    }
    if (e.isCharLiteralExpr()) {
      return e.asCharLiteralExpr().asChar();
    }
    if (e.isStringLiteralExpr()) {
      return e.asStringLiteralExpr().asString();
    }
    if (e.isBooleanLiteralExpr()) {
      return e.asBooleanLiteralExpr().getValue();
    }
    if (e.isEnclosedExpr()) {
      return value(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isNameExpr()) {
      String name = e.asNameExpr().getNameAsString();
      Expression init = locals.get(name);
      if (init == null) {
        init = fields.constantInitializer(name).orElse(null);
      }
      return init == null ? null : value(init, depth + 1);
    }
    if (e.isUnaryExpr()) {
      return unary(e.asUnaryExpr(), depth);
    }
    if (e.isBinaryExpr()) {
      BinaryExpr b = e.asBinaryExpr();
      return ConstantOperators.binary(
          b.getOperator(), value(b.getLeft(), depth + 1), value(b.getRight(), depth + 1));
    }
    if (e.isConditionalExpr()) {
      Object test = value(e.asConditionalExpr().getCondition(), depth + 1);
      if (test instanceof Boolean choice) {
        return value(
            choice ? e.asConditionalExpr().getThenExpr() : e.asConditionalExpr().getElseExpr(),
            depth + 1);
      }
      return null;
    }
    if (e.isMethodCallExpr()) {
      return call(e.asMethodCallExpr(), depth);
    }
    return null;
  }

  private Object unary(UnaryExpr unary, int depth) {
    Object inner = value(unary.getExpression(), depth + 1);
    return switch (unary.getOperator()) {
      case LOGICAL_COMPLEMENT -> inner instanceof Boolean b ? !b : null;
      case MINUS -> ConstantOperators.integral(inner).map(v -> (Object) (-v)).orElse(null);
      case PLUS -> ConstantOperators.integral(inner).map(v -> (Object) v).orElse(null);
      default -> null;
    };
  }

  private Object call(MethodCallExpr call, int depth) {
    if (call.getScope().isEmpty()) {
      return null;
    }
    if (!(value(call.getScope().get(), depth + 1) instanceof String text)) {
      return null;
    }
    Object argument =
        call.getArguments().size() == 1 ? value(call.getArgument(0), depth + 1) : null;
    return switch (call.getNameAsString()) {
      case "length" -> (long) text.length();
      case "isEmpty" -> text.isEmpty();
      case "charAt" ->
          argument instanceof Long i && i >= 0 && i < text.length()
              ? text.charAt(i.intValue())
              : null;
      case "equals" -> argument == null ? null : text.equals(argument);
      default -> null;
    };
  }
}

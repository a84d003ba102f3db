package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import java.util.Objects;
import java.util.Optional;

/** Java's binary operators over folded constants ({@link Long}, {@link Character}, ...). */
final class ConstantOperators {

  private ConstantOperators() {}

  static Optional<Long> integral(Object value) {
    if (value instanceof Long l) {
      return Optional.of(l);
    }
    if (value instanceof Character c) {
      return Optional.of((long) c);
    }
    return Optional.empty();
  }

  /** Two folded values equal as Java's {@code ==} (or a switch label match) would find them. */
  static boolean same(Object a, Object b) {
    Optional<Long> x = integral(a);
    Optional<Long> y = integral(b);
    return x.isPresent() && y.isPresent() ? x.get().equals(y.get()) : Objects.equals(a, b);
  }

  static Object binary(BinaryExpr.Operator operator, Object left, Object right) {
    if (operator == BinaryExpr.Operator.OR
        && (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right))) {
      return true;
    }
    if (operator == BinaryExpr.Operator.AND
        && (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right))) {
      return false;
    }
    if (left == null || right == null) {
      return null;
    }
    if (operator == BinaryExpr.Operator.PLUS
        && (left instanceof String || right instanceof String)) {
      return String.valueOf(left) + right;
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (operator) {
        case AND, BINARY_AND -> a && b;
        case OR, BINARY_OR -> a || b;
        case XOR -> a ^ b;
        case EQUALS -> a == b;
        case NOT_EQUALS -> a != b;
        default -> null;
      };
    }
    Optional<Long> x = integral(left);
    Optional<Long> y = integral(right);
    if (x.isEmpty() || y.isEmpty()) {
      return null;
    }
    long a = x.get();
    long b = y.get();
    return switch (operator) {
      case PLUS -> a + b;
      case MINUS -> a - b;
      case MULTIPLY -> a * b;
      case DIVIDE -> b == 0 ? null : a / b;
      case REMAINDER -> b == 0 ? null : a % b;
      case LESS -> a < b;
      case LESS_EQUALS -> a <= b;
      case GREATER -> a > b;
      case GREATER_EQUALS -> a >= b;
      case EQUALS -> a == b;
      case NOT_EQUALS -> a != b;
      default -> null;
    };
  }
}

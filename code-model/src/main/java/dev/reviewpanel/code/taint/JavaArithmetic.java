package dev.reviewpanel.code.taint;

/**
 * Java's constant arithmetic and comparisons, for branches decided at compile time ({@code if ((7 *
 * 18) + num > 200)} with {@code num} a constant): integer operands stay integers, as in Java.
 */
final class JavaArithmetic {

  private JavaArithmetic() {}

  static Object fold(String op, Object left, Object right) {
    if (!(left instanceof Number a) || !(right instanceof Number b)) {
      return op.equals("+") && left instanceof String s ? s + right : Value.UNKNOWN;
    }
    boolean integral = isIntegral(a) && isIntegral(b);
    if (integral) {
      long x = a.longValue();
      long y = b.longValue();
      return switch (op) {
        case "+" -> x + y;
        case "-" -> x - y;
        case "*" -> x * y;
        case "/" -> y == 0 ? Value.UNKNOWN : x / y;
        case "%" -> y == 0 ? Value.UNKNOWN : x % y;
        case "<" -> x < y;
        case ">" -> x > y;
        case "<=" -> x <= y;
        case ">=" -> x >= y;
        default -> Value.UNKNOWN;
      };
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> x / y;
      case "<" -> x < y;
      case ">" -> x > y;
      case "<=" -> x <= y;
      case ">=" -> x >= y;
      default -> Value.UNKNOWN;
    };
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  /**
   * The constant result of a String method on a constant receiver ({@code "ABC".charAt(2)}), or
   * {@link Value#UNKNOWN}. Characters are one-letter strings, as char literals are in the model.
   */
  static Object string(String method, Object receiver, java.util.List<Value> arguments) {
    if (!(receiver instanceof String text)) {
      return Value.UNKNOWN;
    }
    for (Value argument : arguments) {
      if (!argument.isConstant()) {
        return Value.UNKNOWN;
      }
    }
    try {
      return switch (method) {
        case "charAt" -> String.valueOf(text.charAt(index(arguments, 0)));
        case "length" -> (long) text.length();
        case "substring" ->
            arguments.size() == 1
                ? text.substring(index(arguments, 0))
                : text.substring(index(arguments, 0), index(arguments, 1));
        case "toUpperCase" ->
            arguments.isEmpty() ? text.toUpperCase(java.util.Locale.ROOT) : Value.UNKNOWN;
        case "toLowerCase" ->
            arguments.isEmpty() ? text.toLowerCase(java.util.Locale.ROOT) : Value.UNKNOWN;
        case "trim", "strip" -> text.strip();
        case "isEmpty" -> text.isEmpty();
        default -> Value.UNKNOWN;
      };
    } catch (RuntimeException e) {
      return Value.UNKNOWN;
    }
  }

  private static int index(java.util.List<Value> arguments, int i) {
    return ((Number) arguments.get(i).constant()).intValue();
  }
}

package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

/**
 * The receiver of a call as short text ({@code Runtime.getRuntime()}, {@code java.nio.file.Paths})
 * without JavaParser's pretty printer, which is far too slow to call for every call expression.
 */
public final class ScopeText {

  private ScopeText() {}

  /** The receiver of {@code call} as text, or an empty string for an unqualified call. */
  public static String of(MethodCallExpr call) {
    return call.getScope().map(ScopeText::of).orElse("");
  }

  /** Names, field accesses and calls as dotted text; anything else as an empty string. */
  public static String of(Expression expression) {
    if (expression.isNameExpr()) {
      return expression.asNameExpr().getNameAsString();
    }
    if (expression.isFieldAccessExpr()) {
      String scope = of(expression.asFieldAccessExpr().getScope());
      String name = expression.asFieldAccessExpr().getNameAsString();
      return scope.isEmpty() ? name : scope + "." + name;
    }
    if (expression.isMethodCallExpr()) {
      String scope = of(expression.asMethodCallExpr());
      String name = expression.asMethodCallExpr().getNameAsString() + "()";
      return scope.isEmpty() ? name : scope + "." + name;
    }
    if (expression.isThisExpr()) {
      return "this";
    }
    return "";
  }

  /**
   * The last segment of {@link #of(MethodCallExpr)}: {@code Paths} for {@code java.nio.file.Paths}.
   */
  public static String simpleOf(MethodCallExpr call) {
    String text = of(call);
    return text.substring(text.lastIndexOf('.') + 1);
  }
}

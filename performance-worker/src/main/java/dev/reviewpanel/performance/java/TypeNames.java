package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Set;

/**
 * Recognizes a class named as a call's receiver: {@code Pattern} or {@code
 * java.util.regex.Pattern}.
 */
final class TypeNames {

  private TypeNames() {}

  /**
   * Whether {@code receiver} is a plain or qualified name whose last part is one of {@code names}.
   */
  static boolean isOneOf(Expression receiver, Set<String> names) {
    if (receiver instanceof NameExpr name) {
      return names.contains(name.getNameAsString());
    }
    return receiver instanceof FieldAccessExpr access
        && names.contains(access.getNameAsString())
        && isQualifier(access.getScope());
  }

  private static boolean isQualifier(Expression scope) {
    return scope instanceof NameExpr
        || (scope instanceof FieldAccessExpr access && isQualifier(access.getScope()));
  }
}

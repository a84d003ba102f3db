package dev.reviewpanel.security.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.Expression;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The final String fields of a file with literal values, so {@code getInstance(ALGO)} folds. */
final class StringConstants {

  private final Map<String, String> values = new HashMap<>();

  StringConstants(CompilationUnit unit) {
    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
      if (field.isFinal()) {
        field
            .getVariables()
            .forEach(
                v ->
                    v.getInitializer()
                        .filter(Expression::isStringLiteralExpr)
                        .ifPresent(
                            i ->
                                values.put(
                                    v.getNameAsString(), i.asStringLiteralExpr().asString())));
      }
    }
  }

  /** The string a literal or a constant name stands for. */
  Optional<String> valueOf(Expression expression) {
    if (expression.isStringLiteralExpr()) {
      return Optional.of(expression.asStringLiteralExpr().asString());
    }
    if (expression.isNameExpr()) {
      return Optional.ofNullable(values.get(expression.asNameExpr().getNameAsString()));
    }
    if (expression.isFieldAccessExpr()) {
      return Optional.ofNullable(values.get(expression.asFieldAccessExpr().getNameAsString()));
    }
    return Optional.empty();
  }
}

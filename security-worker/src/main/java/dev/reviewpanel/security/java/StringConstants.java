package dev.reviewpanel.security.java;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The final String fields of a file with literal values, and locals initialized once with one, so
 * {@code getInstance(ALGO)} folds; a {@code getProperty(key, "default")} folds to its default.
 */
final class StringConstants {

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> locals = new HashMap<>();
  private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

  StringConstants(ParsedFile file) {
    for (FieldDeclaration field : JavaNodes.of(file, FieldDeclaration.class)) {
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
    for (VariableDeclarator local : JavaNodes.of(file, VariableDeclarator.class)) {
      if (local.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()) {
        continue;
      }
      Optional<String> value = local.getInitializer().flatMap(this::literalOrDefault);
      String name = local.getNameAsString();
      String previous = value.isPresent() ? locals.put(name, value.get()) : null;
      if (value.isEmpty() || (previous != null && !previous.equals(value.get()))) {
        ambiguous.add(name);
      }
    }
    for (AssignExpr assign : JavaNodes.of(file, AssignExpr.class)) {
      ambiguous.add(assign.getTarget().isNameExpr() ? assign.getTarget().toString() : "");
    }
    ambiguous.forEach(locals::remove);
  }

  private Optional<String> literalOrDefault(Expression expression) {
    if (expression.isStringLiteralExpr()) {
      return Optional.of(expression.asStringLiteralExpr().asString());
    }
    if (expression.isMethodCallExpr()
        && expression.asMethodCallExpr().getNameAsString().equals("getProperty")
        && expression.asMethodCallExpr().getArguments().size() == 2
        && expression.asMethodCallExpr().getArgument(1).isStringLiteralExpr()) {
      return Optional.of(
          expression.asMethodCallExpr().getArgument(1).asStringLiteralExpr().asString());
    }
    return Optional.empty();
  }

  /** The string a literal or a constant name stands for. */
  Optional<String> valueOf(Expression expression) {
    Optional<String> direct = literalOrDefault(expression);
    if (direct.isPresent()) {
      return direct;
    }
    if (expression.isNameExpr()) {
      String name = expression.asNameExpr().getNameAsString();
      return Optional.ofNullable(values.get(name)).or(() -> Optional.ofNullable(locals.get(name)));
    }
    if (expression.isFieldAccessExpr()) {
      return Optional.ofNullable(values.get(expression.asFieldAccessExpr().getNameAsString()));
    }
    return Optional.empty();
  }
}

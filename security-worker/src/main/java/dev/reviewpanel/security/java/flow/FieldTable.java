package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fields of one type: whether they hold compile-time constants, and which. */
final class FieldTable {

  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Map<String, Boolean> constants = new HashMap<>();
  private final Map<String, Expression> initializers = new HashMap<>();

  FieldTable(TypeDeclaration<?> type) {
    for (FieldDeclaration field : type.getFields()) {
      boolean fixed = field.isFinal() && field.getAnnotations().isEmpty();
      for (VariableDeclarator variable : field.getVariables()) {
        String name = variable.getNameAsString();
        boolean constant =
            fixed && variable.getInitializer().map(FieldTable::isLiteralTree).orElse(false);
        constants.put(name, constant);
        if (constant) {
          initializers.put(name, variable.getInitializer().get());
        }
      }
    }
  }

  /** True for a constant field, or an unknown UPPER_SNAKE name (a constant of another type). */
  boolean isConstant(String name) {
    Boolean known = constants.get(name);
    return known != null ? known : CONSTANT_NAME.matcher(name).matches();
  }

  /** The initializer of a constant field of this type, for constant folding. */
  Optional<Expression> constantInitializer(String name) {
    return Optional.ofNullable(initializers.get(name));
  }

  // A literal, or literals joined with + and constant names: what javac folds at compile time.
  private static boolean isLiteralTree(Expression expression) {
    if (expression.isLiteralExpr() && !expression.isNullLiteralExpr()) {
      return true;
    }
    if (expression.isBinaryExpr()) {
      return isLiteralTree(expression.asBinaryExpr().getLeft())
          && isLiteralTree(expression.asBinaryExpr().getRight());
    }
    if (expression.isEnclosedExpr()) {
      return isLiteralTree(expression.asEnclosedExpr().getInner());
    }
    return expression.isNameExpr()
        && CONSTANT_NAME.matcher(expression.asNameExpr().getNameAsString()).matches();
  }
}

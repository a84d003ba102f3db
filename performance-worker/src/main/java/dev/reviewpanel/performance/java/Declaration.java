package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * Where a name was declared, as written in the source (no symbol solving).
 *
 * @param node the declarator or parameter
 * @param type the declared type, {@code var} included
 * @param initializer the initial value of a variable or field, when there is one
 * @param field whether this is a field of the enclosing type
 */
record Declaration(Node node, Type type, Optional<Expression> initializer, boolean field) {

  /**
   * The simple raw type name: {@code List} for {@code java.util.List<String>}; inferred for var.
   */
  String typeName() {
    if (type.isVarType()) {
      return initializer.flatMap(Declaration::inferred).orElse("var");
    }
    if (type instanceof ClassOrInterfaceType named) {
      return named.getNameAsString();
    }
    return type.asString();
  }

  boolean isString() {
    return typeName().equals("String");
  }

  private static Optional<String> inferred(Expression value) {
    if (value instanceof StringLiteralExpr || value instanceof TextBlockLiteralExpr) {
      return Optional.of("String");
    }
    if (value instanceof ObjectCreationExpr creation) {
      return Optional.of(creation.getType().getNameAsString());
    }
    return Optional.empty();
  }
}

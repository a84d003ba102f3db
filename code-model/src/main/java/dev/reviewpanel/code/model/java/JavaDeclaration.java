package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * The declaration a Java name refers to, as written in the source (no symbol solving).
 *
 * @param kind where it was declared
 * @param node the declarator, parameter or pattern that declares it
 * @param type the declared type: {@code var} as written, an {@code UnknownType} for an implicitly
 *     typed lambda parameter
 * @param initializer the initial value of a variable or field, when there is one
 */
public record JavaDeclaration(Kind kind, Node node, Type type, Optional<Expression> initializer) {

  /** Where a name was declared. */
  public enum Kind {
    /** A local variable: block, {@code for}, for-each, try-with-resources, pattern. */
    LOCAL,
    /** A parameter of a method, constructor, lambda or catch clause. */
    PARAMETER,
    /** A field or record component of an enclosing class. */
    FIELD
  }

  static JavaDeclaration of(VariableDeclarator variable, Kind kind) {
    return new JavaDeclaration(kind, variable, variable.getType(), variable.getInitializer());
  }

  static JavaDeclaration of(Parameter parameter, Kind kind) {
    return new JavaDeclaration(kind, parameter, parameter.getType(), Optional.empty());
  }

  static JavaDeclaration of(TypePatternExpr pattern) {
    return new JavaDeclaration(Kind.LOCAL, pattern, pattern.getType(), Optional.empty());
  }

  /** A field's declaration, for analyzers that start from the field itself. */
  public static JavaDeclaration field(VariableDeclarator variable) {
    return of(variable, Kind.FIELD);
  }

  public boolean isField() {
    return kind == Kind.FIELD;
  }

  /** The type as written ({@code java.util.List<String>}, {@code var}); empty when implicit. */
  public String written() {
    return type.isUnknownType() ? "" : type.asString();
  }

  /**
   * The simple raw type name: {@code List} for {@code java.util.List<String>}; for {@code var} the
   * type of a text or {@code new} initializer, else {@code var}; empty when implicit.
   */
  public String typeName() {
    if (type.isVarType()) {
      return initializer.flatMap(JavaDeclaration::inferred).orElse("var");
    }
    if (type instanceof ClassOrInterfaceType named) {
      return named.getNameAsString();
    }
    return written();
  }

  /** True when declared as {@code String} (also {@code java.lang.String}, or var from text). */
  public boolean isString() {
    return typeName().equals("String");
  }

  private static Optional<String> inferred(Expression value) {
    if (value.isStringLiteralExpr() || value.isTextBlockLiteralExpr()) {
      return Optional.of("String");
    }
    if (value instanceof ObjectCreationExpr creation) {
      return Optional.of(creation.getType().getNameAsString());
    }
    return Optional.empty();
  }
}

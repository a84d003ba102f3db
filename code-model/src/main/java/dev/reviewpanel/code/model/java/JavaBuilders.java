package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Argument;
import dev.reviewpanel.code.model.Expr.Collection;
import dev.reviewpanel.code.model.Expr.StringBuild;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java library idioms the model gives their own shape: text built with {@code StringBuilder},
 * {@code concat} and {@code String.join}; {@code a.equals(b)} as an equality the engine can fold
 * and guard on; maps read and written with constant keys as indexed entries; empty collections as
 * literals; and {@code new File(x).getName()} as the name-only operation it is.
 */
final class JavaBuilders {

  private static final Set<String> APPENDS = Set.of("append", "insert");

  private JavaBuilders() {}

  /** The model of {@code new T(...)} when it has one of its own, else null. */
  static Expr created(JavaExpressions expressions, ObjectCreationExpr created, int line) {
    String type = created.getType().getNameAsString();
    if (created.getAnonymousClassBody().isPresent()) {
      return null;
    }
    if (JavaScope.isTextBuilderType(type)) {
      List<Expr> parts = new ArrayList<>();
      created.getArguments().stream()
          .filter(a -> !(a instanceof IntegerLiteralExpr))
          .forEach(a -> parts.add(expressions.of(a)));
      return parts.isEmpty()
          ? new Expr.Literal("", line)
          : new StringBuild(StringBuild.Kind.CONCAT, parts, line);
    }
    if (created.getParentNode().orElse(null)
            instanceof com.github.javaparser.ast.body.VariableDeclarator variable
        && expressions.reader().scope().isCheckedPath(variable.getNameAsString())
        && (type.equals("File") || type.endsWith("Path"))) {
      // File file = new File(base, name) checked by startsWith below: a path under test, the
      // access comes later
      List<Expr> parts = new ArrayList<>();
      created.getArguments().forEach(a -> parts.add(expressions.of(a)));
      return new Expr.Opaque("checked " + type, parts, line);
    }
    if (created.getArguments().isEmpty()) {
      if (JavaScope.isMapType(type)) {
        return new Collection(Collection.Shape.MAP, List.of(), line);
      }
      if (type.endsWith("List") || type.equals("ArrayDeque") || type.endsWith("Set")) {
        return new Collection(
            type.endsWith("Set") ? Collection.Shape.SET : Collection.Shape.LIST, List.of(), line);
      }
    }
    return null;
  }

  /** The model of a method call when it has one of its own, else null. */
  static Expr call(JavaExpressions expressions, MethodCallExpr call, int line) {
    String name = call.getNameAsString();
    Expression scope = call.getScope().orElse(null);
    int count = call.getArguments().size();
    if (scope == null) {
      return null;
    }
    Collection literal = literal(expressions, call, scope.toString(), line);
    if (literal != null) {
      return literal;
    }
    if (name.equals("equals") && count == 1) {
      return new Expr.Operation(
          "==", List.of(expressions.of(scope), expressions.of(call.getArgument(0))), line);
    }
    if (name.equals("concat") && count == 1 && isText(scope)) {
      List<Expr> parts = new ArrayList<>();
      Expr left = expressions.of(scope);
      if (left instanceof StringBuild build && build.kind() == StringBuild.Kind.CONCAT) {
        parts.addAll(build.parts());
      } else {
        parts.add(left);
      }
      parts.add(expressions.of(call.getArgument(0)));
      return new StringBuild(StringBuild.Kind.CONCAT, parts, line);
    }
    if (name.equals("join") && scope.toString().equals("String")) {
      List<Expr> parts = new ArrayList<>();
      call.getArguments().forEach(a -> parts.add(expressions.of(a)));
      return new StringBuild(StringBuild.Kind.FORMAT, parts, line);
    }
    if (APPENDS.contains(name) || name.equals("toString")) {
      List<Expr> parts = builderChain(expressions, call);
      if (parts != null) {
        return new StringBuild(StringBuild.Kind.CONCAT, parts, line);
      }
    }
    if (name.equals("get")
        && count == 1
        && scope instanceof NameExpr list
        && expressions.reader().scope().listSize(list.getNameAsString()) != null
        && call.getArgument(0) instanceof IntegerLiteralExpr) {
      return new Expr.Index(
          new Expr.Name(list.getNameAsString(), line), expressions.of(call.getArgument(0)), line);
    }
    if (name.equals("get")
        && count == 1
        && scope instanceof NameExpr map
        && expressions.reader().scope().isMap(map)
        && isConstant(call.getArgument(0))) {
      return new Expr.Index(
          new Expr.Name(map.getNameAsString(), line), expressions.of(call.getArgument(0)), line);
    }
    Expression path = pathOf(scope);
    if ((name.equals("getName") || name.equals("getFileName")) && count == 0 && path != null) {
      return new Expr.Call(
          new Expr.Attribute(new Expr.Name("java.io.File", line), "getName", line),
          List.of(Argument.positional(expressions.of(path))),
          false,
          line);
    }
    return null;
  }

  // List.of(a, b), Arrays.asList(a, b), Set.of(a), Map.of(k, v, ...): collection literals
  private static Collection literal(
      JavaExpressions expressions, MethodCallExpr call, String scope, int line) {
    String name = call.getNameAsString();
    boolean list =
        (name.equals("of") && (scope.equals("List") || scope.equals("Stream")))
            || (name.equals("asList") && scope.equals("Arrays"));
    boolean set = name.equals("of") && scope.equals("Set");
    boolean map = name.equals("of") && scope.equals("Map") && call.getArguments().size() % 2 == 0;
    if (!list && !set && !map) {
      return null;
    }
    List<Collection.Entry> entries = new ArrayList<>();
    var arguments = call.getArguments();
    if (map) {
      for (int i = 0; i < arguments.size(); i += 2) {
        entries.add(
            new Collection.Entry(
                expressions.of(arguments.get(i)), expressions.of(arguments.get(i + 1)), false));
      }
      return new Collection(Collection.Shape.MAP, entries, line);
    }
    arguments.forEach(a -> entries.add(new Collection.Entry(null, expressions.of(a), false)));
    return new Collection(list ? Collection.Shape.LIST : Collection.Shape.SET, entries, line);
  }

  // new File(x), Paths.get(x), Path.of(x): a path made of one value
  private static Expression pathOf(Expression scope) {
    if (scope instanceof ObjectCreationExpr file
        && file.getType().getNameAsString().equals("File")
        && file.getArguments().size() == 1) {
      return file.getArgument(0);
    }
    if (scope instanceof MethodCallExpr factory
        && factory.getArguments().size() == 1
        && ((factory.getNameAsString().equals("get")
                && factory.getScope().map(s -> s.toString().equals("Paths")).orElse(false))
            || (factory.getNameAsString().equals("of")
                && factory.getScope().map(s -> s.toString().equals("Path")).orElse(false)))) {
      return factory.getArgument(0);
    }
    return null;
  }

  /**
   * The parts of {@code new StringBuilder(a).append(b)...}, its {@code toString()} included; null
   * when the chain does not start with a new builder.
   */
  private static List<Expr> builderChain(JavaExpressions expressions, MethodCallExpr call) {
    List<MethodCallExpr> chain = new ArrayList<>();
    Expression current = call;
    while (current instanceof MethodCallExpr link
        && (APPENDS.contains(link.getNameAsString())
            || (link == call && link.getNameAsString().equals("toString")))
        && link.getScope().isPresent()) {
      chain.add(0, link);
      current = link.getScope().get();
    }
    if (!(current instanceof ObjectCreationExpr created)
        || !JavaScope.isTextBuilderType(created.getType().getNameAsString())
        || chain.isEmpty()) {
      return null;
    }
    List<Expr> parts = new ArrayList<>();
    Expr start = created(expressions, created, JavaExpressions.line(created));
    if (start instanceof StringBuild build) {
      parts.addAll(build.parts());
    } else if (start != null) {
      parts.add(start);
    }
    for (MethodCallExpr link : chain) {
      if (!link.getArguments().isEmpty()) {
        parts.add(expressions.of(link.getArgument(link.getArguments().size() - 1)));
      }
    }
    return parts;
  }

  /**
   * The appended values of {@code sb.append(a).append(b)} on a local builder, or null when the
   * statement is something else.
   */
  static List<Expr> appendsTo(JavaExpressions expressions, MethodCallExpr call, String[] target) {
    List<Expr> parts = new ArrayList<>();
    Expression current = call;
    while (current instanceof MethodCallExpr link
        && APPENDS.contains(link.getNameAsString())
        && link.getScope().isPresent()
        && !link.getArguments().isEmpty()) {
      parts.add(0, expressions.of(link.getArgument(link.getArguments().size() - 1)));
      current = link.getScope().get();
    }
    if (parts.isEmpty()
        || !(current instanceof NameExpr name)
        || !expressions.reader().scope().isTextBuilder(name)) {
      return null;
    }
    target[0] = name.getNameAsString();
    return parts;
  }

  static boolean isConstant(Expression key) {
    return key instanceof StringLiteralExpr
        || key instanceof IntegerLiteralExpr
        || key instanceof TextBlockLiteralExpr;
  }

  private static boolean isText(Expression scope) {
    return scope instanceof StringLiteralExpr || !(scope instanceof ObjectCreationExpr);
  }
}

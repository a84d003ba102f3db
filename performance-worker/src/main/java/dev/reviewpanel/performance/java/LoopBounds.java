package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a loop's repetitions depend on, as far as the code shows. */
final class LoopBounds {

  private LoopBounds() {}

  /**
   * The varargs parameter a for-each loop walks ({@code for (Class c : annotations)} in {@code
   * m(Class... annotations)}): it runs once per argument written at the call, a fixed few.
   */
  static Optional<String> varargs(Loop loop) {
    if (!(loop.node() instanceof ForEachStmt each) || !(each.getIterable() instanceof NameExpr)) {
      return Optional.empty();
    }
    return JavaNames.of(each.getIterable())
        .filter(d -> d.node() instanceof Parameter parameter && parameter.isVarArgs())
        .map(d -> each.getIterable().toString());
  }

  private static final Pattern CONFIGURING = Pattern.compile("(set|add)[A-Z0-9_].*");
  private static final Set<String> FILLING =
      Set.of(
          "put", "putAll", "putIfAbsent", "add", "addAll", "compute", "computeIfAbsent", "merge");

  /**
   * The field a for-each loop walks when the loop only runs while the object is configured: it is
   * in a private method that only constructors and setters of the class ({@code set*}, {@code
   * add*}) call, and only they (or the field's initializer) fill or replace the field ({@code
   * updateHeaderValue()} walking {@code this.pins}, called by {@code setPins} and {@code addPins}).
   * It runs when the configuration changes, over what was configured.
   */
  static Optional<String> configuredField(Loop loop) {
    if (!(loop.node() instanceof ForEachStmt each)) {
      return Optional.empty();
    }
    Optional<String> field = fieldName(each.getIterable());
    Optional<MethodDeclaration> method = loop.node().findAncestor(MethodDeclaration.class);
    Optional<TypeDeclaration> type = loop.node().findAncestor(TypeDeclaration.class);
    if (field.isEmpty() || method.isEmpty() || type.isEmpty() || !method.get().isPrivate()) {
      return Optional.empty();
    }
    String name = method.get().getNameAsString();
    List<MethodCallExpr> calls =
        type.get()
            .findAll(
                MethodCallExpr.class,
                c ->
                    c.getNameAsString().equals(name)
                        && c.getScope().map(Expression::isThisExpr).orElse(true));
    if (calls.isEmpty() || !calls.stream().allMatch(LoopBounds::inConfiguration)) {
      return Optional.empty();
    }
    String walked = field.get();
    boolean filledOnlyThere =
        type
                .get()
                .findAll(
                    MethodCallExpr.class,
                    c ->
                        FILLING.contains(c.getNameAsString())
                            && c.getScope().flatMap(LoopBounds::fieldName).stream()
                                .anyMatch(walked::equals))
                .stream()
                .allMatch(LoopBounds::inConfiguration)
            && type
                .get()
                .findAll(
                    AssignExpr.class,
                    a -> fieldName(a.getTarget()).filter(walked::equals).isPresent())
                .stream()
                .allMatch(LoopBounds::inConfiguration);
    return filledOnlyThere ? field : Optional.empty();
  }

  // a constructor, a set*/add* method, or a field initializer of the class
  private static boolean inConfiguration(Node node) {
    Optional<BodyDeclaration> member = node.findAncestor(BodyDeclaration.class);
    if (member.isEmpty()) {
      return false;
    }
    BodyDeclaration<?> declaration = member.get();
    return declaration instanceof ConstructorDeclaration
        || declaration instanceof FieldDeclaration
        || declaration instanceof MethodDeclaration m
            && CONFIGURING.matcher(m.getNameAsString()).matches();
  }

  // this.pins, pins (a field), this.pins.entrySet(), pins.values()
  private static Optional<String> fieldName(Expression expression) {
    Expression current = expression;
    while (current instanceof MethodCallExpr view && view.getArguments().isEmpty()) {
      if (view.getScope().isEmpty()) {
        return Optional.empty();
      }
      current = view.getScope().get();
    }
    if (current instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return Optional.of(access.getNameAsString());
    }
    if (current instanceof NameExpr name) {
      return JavaNames.of(name).filter(JavaDeclaration::isField).map(d -> name.getNameAsString());
    }
    return Optional.empty();
  }

  /** The variables a loop binds per iteration: the for-each item, the index, a lambda's items. */
  static Set<String> variables(Loop loop) {
    Set<String> names = new HashSet<>();
    Node node = loop.node();
    if (node instanceof ForEachStmt each) {
      each.getVariable().getVariables().forEach(v -> names.add(v.getNameAsString()));
    } else if (node instanceof ForStmt each) {
      each.getInitialization().stream()
          .filter(VariableDeclarationExpr.class::isInstance)
          .flatMap(i -> ((VariableDeclarationExpr) i).getVariables().stream())
          .forEach(v -> names.add(v.getNameAsString()));
    } else if (node instanceof MethodCallExpr call) {
      call.getArguments().stream()
          .filter(LambdaExpr.class::isInstance)
          .flatMap(l -> ((LambdaExpr) l).getParameters().stream())
          .forEach(p -> names.add(p.getNameAsString()));
    }
    return names;
  }

  /** The first of {@code variables} that {@code expression} reads, if any. */
  static Optional<String> reads(Expression expression, Set<String> variables) {
    if (expression instanceof NameExpr name && variables.contains(name.getNameAsString())) {
      return Optional.of(name.getNameAsString());
    }
    return expression.findAll(NameExpr.class, n -> variables.contains(n.getNameAsString())).stream()
        .map(NameExpr::getNameAsString)
        .findFirst();
  }
}

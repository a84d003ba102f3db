package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Jackson mappers of a class that build any class a JSON document names: default typing turned
 * on with no validator ({@code enableDefaultTyping()}) or with the validator that allows every
 * subtype ({@code activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ...)}), on a field
 * or local by name or on a builder whose result is assigned to one.
 */
final class JacksonDefaultTyping {

  private static final Set<String> WITHOUT_VALIDATOR =
      Set.of("enableDefaultTyping", "enableDefaultTypingAsProperty");
  private static final Set<String> WITH_VALIDATOR =
      Set.of("activateDefaultTyping", "activateDefaultTypingAsProperty");
  private static final Set<String> READS = Set.of("readValue", "readValues");

  private final Set<String> mappers = new HashSet<>();

  JacksonDefaultTyping(MethodFlow method) {
    Node scope =
        method
            .callable()
            .findAncestor(TypeDeclaration.class)
            .<Node>map(t -> t)
            .orElse(method.callable());
    for (MethodCallExpr call : scope.findAll(MethodCallExpr.class)) {
      if (opensEveryType(call)) {
        mapperOf(call).ifPresent(mappers::add);
      }
    }
  }

  /** True when {@code call} is a read that {@link #reads} may hold against some mapper. */
  static boolean mayRead(MethodCallExpr call) {
    return READS.contains(call.getNameAsString());
  }

  /** True when {@code call} reads a document with one of these mappers. */
  boolean reads(MethodCallExpr call) {
    return mayRead(call)
        && !call.getArguments().isEmpty()
        && call.getScope()
            .flatMap(JacksonDefaultTyping::nameOf)
            .filter(mappers::contains)
            .isPresent();
  }

  private static boolean opensEveryType(MethodCallExpr call) {
    String name = call.getNameAsString();
    return WITHOUT_VALIDATOR.contains(name)
        || WITH_VALIDATOR.contains(name)
            && !call.getArguments().isEmpty()
            && call.getArgument(0).toString().contains("LaissezFaireSubTypeValidator");
  }

  // mapper.activateDefaultTyping(...), or JsonMapper.builder().activateDefaultTyping(...).build()
  // assigned to a variable or field
  private static Optional<String> mapperOf(MethodCallExpr call) {
    Optional<String> receiver = call.getScope().flatMap(JacksonDefaultTyping::nameOf);
    if (receiver.isPresent() && Character.isLowerCase(receiver.get().charAt(0))) {
      return receiver;
    }
    Node top = call;
    while (top.getParentNode().filter(MethodCallExpr.class::isInstance).isPresent()) {
      top = top.getParentNode().get();
    }
    return top.getParentNode()
        .flatMap(
            parent ->
                parent instanceof VariableDeclarator v
                    ? Optional.of(v.getNameAsString())
                    : parent instanceof AssignExpr a ? nameOf(a.getTarget()) : Optional.empty());
  }

  private static Optional<String> nameOf(Expression expression) {
    if (expression.isNameExpr()) {
      return Optional.of(expression.asNameExpr().getNameAsString());
    }
    if (expression.isFieldAccessExpr() && expression.asFieldAccessExpr().getScope().isThisExpr()) {
      return Optional.of(expression.asFieldAccessExpr().getNameAsString());
    }
    return Optional.empty();
  }
}

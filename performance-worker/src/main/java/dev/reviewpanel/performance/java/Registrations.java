package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A static map that other code extends through a registration method of its class ({@code public
 * static void register(int oid, ArrayAssistant assistant) { ASSISTANTS.put(oid, assistant); }}):
 * the method only writes the map, never looks it up, and nothing in the file calls it after
 * loading. A cache reads before it writes; a registry holds what callers register, as often as they
 * register, which the file does not show.
 */
final class Registrations {

  /** Calls that store without looking: putIfAbsent and computeIfAbsent read first. */
  private static final Set<String> BLIND_WRITES =
      Set.of("put", "putAll", "add", "addAll", "addFirst", "addLast", "push", "offer");

  private Registrations() {}

  /** The registration method, when every growing call of {@code field} is in such a method. */
  static Optional<String> only(String field, List<MethodCallExpr> growth) {
    if (growth.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> method = Optional.empty();
    for (MethodCallExpr call : growth) {
      Optional<MethodDeclaration> registering =
          call.findAncestor(MethodDeclaration.class).filter(m -> registers(m, field));
      if (registering.isEmpty()) {
        return Optional.empty();
      }
      method = method.or(() -> registering.map(MethodDeclaration::getNameAsString));
    }
    return method;
  }

  private static boolean registers(MethodDeclaration method, String field) {
    String name = method.getNameAsString();
    return name.startsWith("register")
        && !method.isPrivate()
        && method.findAll(Expression.class, e -> refersTo(e, field)).stream()
            .allMatch(Registrations::grownOnly)
        && !calledAfterLoading(method);
  }

  private static boolean refersTo(Expression expression, String field) {
    return expression instanceof NameExpr named && named.getNameAsString().equals(field)
        || expression instanceof FieldAccessExpr access && access.getNameAsString().equals(field);
  }

  // MAP.put(key, value): the reference is only the target of a blind write, never read
  private static boolean grownOnly(Expression reference) {
    return reference
        .getParentNode()
        .filter(p -> p instanceof MethodCallExpr call && call.getScope().orElse(null) == reference)
        .map(p -> BLIND_WRITES.contains(((MethodCallExpr) p).getNameAsString()))
        .orElse(false);
  }

  // a call that may reach the method: an unqualified one in its class, or any qualified one
  private static boolean calledAfterLoading(MethodDeclaration method) {
    Optional<Node> type = method.getParentNode();
    return method
        .findCompilationUnit()
        .map(
            unit ->
                unit
                    .findAll(
                        MethodCallExpr.class,
                        c -> c.getNameAsString().equals(method.getNameAsString()))
                    .stream()
                    .filter(c -> c.getScope().isPresent() || within(c, type))
                    .anyMatch(CollectionGrowth::runsAfterLoading))
        .orElse(true);
  }

  private static boolean within(Node node, Optional<Node> type) {
    return type.isPresent()
        && node.findAncestor(TypeDeclaration.class).stream()
            .anyMatch(t -> t == type.get() || type.get().isAncestorOf(t));
  }
}

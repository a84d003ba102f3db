package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the path sanitizer: a variable normalized (or made canonical) and then checked with {@code
 * startsWith} against a base directory. Such a variable no longer carries path traversal.
 */
final class PathChecks {

  private static final Set<String> NORMALIZERS =
      Set.of("normalize", "toRealPath", "getCanonicalPath", "getCanonicalFile");

  private final Set<String> checked = new HashSet<>();

  PathChecks(MethodFlow method, List<Assignment> assignments) {
    Set<String> normalized = new HashSet<>();
    for (Assignment assignment : assignments) {
      if (containsNormalizer(assignment.value())) {
        normalized.add(assignment.target());
      }
    }
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (!call.getNameAsString().equals("startsWith") || call.getScope().isEmpty()) {
        continue;
      }
      Expression scope = call.getScope().get();
      Optional<String> root = MethodFlow.rootName(scope);
      if (root.isPresent() && (containsNormalizer(scope) || normalized.contains(root.get()))) {
        checked.add(root.get());
      }
    }
  }

  boolean isChecked(String name) {
    return checked.contains(name);
  }

  boolean isStoredInChecked(Node sink) {
    Node current = sink;
    while (current.getParentNode().isPresent()) {
      Node parent = current.getParentNode().get();
      if (parent instanceof VariableDeclarator variable) {
        return checked.contains(variable.getNameAsString());
      }
      if (parent instanceof AssignExpr assign) {
        return MethodFlow.rootName(assign.getTarget()).map(checked::contains).orElse(false);
      }
      if (!(parent instanceof Expression)) {
        return false;
      }
      current = parent;
    }
    return false;
  }

  private static boolean containsNormalizer(Expression expression) {
    return MethodFlow.isCall(expression, NORMALIZERS)
        || !expression
            .findAll(MethodCallExpr.class, c -> NORMALIZERS.contains(c.getNameAsString()))
            .isEmpty();
  }
}

package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A DocumentBuilderFactory whose builders only make new, empty documents ({@code
 * factory.newDocumentBuilder().newDocument()}, to build a tree in memory and write it out): where
 * the factory is visible (its method, or its class when a field keeps it), it is only configured
 * and asked for builders, and every builder is only asked for new documents. Nothing is parsed, so
 * no entity is ever resolved. A factory or builder returned, passed on or stored elsewhere may
 * parse out of sight and does not count.
 */
final class NewDocumentsOnly {

  /** Calls on a builder that make documents without reading any. */
  private static final Set<String> BUILDS = Set.of("newDocument", "getDOMImplementation");

  private NewDocumentsOnly() {}

  /**
   * Whether the factory {@code creation} makes is only used to build new documents in {@code
   * scope}.
   */
  static boolean of(Expression creation, Node scope) {
    Optional<VariableDeclarator> factory = declaration(creation);
    return factory.isPresent()
        && uses(scope, factory.get()).stream()
            .allMatch(use -> isTarget(use, creation) || configuresOrBuilds(use));
  }

  // factory = DocumentBuilderFactory.newInstance(), or the declaration it initializes
  private static Optional<VariableDeclarator> declaration(Expression value) {
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator variable) {
      return Optional.of(variable);
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == value) {
      return JavaNames.of(assign.getTarget())
          .map(JavaDeclaration::node)
          .filter(VariableDeclarator.class::isInstance)
          .map(VariableDeclarator.class::cast);
    }
    return Optional.empty();
  }

  // name or this.name, where it refers to the declaration
  private static List<Expression> uses(Node scope, VariableDeclarator declaration) {
    String name = declaration.getNameAsString();
    return scope.findAll(
        Expression.class,
        e ->
            (e instanceof NameExpr n && n.getNameAsString().equals(name)
                    || e instanceof FieldAccessExpr f
                        && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(name))
                && JavaNames.of(e).filter(d -> d.node() == declaration).isPresent());
  }

  private static boolean isTarget(Expression use, Expression creation) {
    return use.getParentNode()
        .filter(p -> p instanceof AssignExpr assign && assign.getTarget() == use)
        .map(p -> ((AssignExpr) p).getValue() == creation)
        .orElse(false);
  }

  // factory.setNamespaceAware(true), or factory.newDocumentBuilder() used only for new documents
  private static boolean configuresOrBuilds(Expression use) {
    if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr call)
        || call.getScope().orElse(null) != use) {
      return false;
    }
    String method = call.getNameAsString();
    if (method.startsWith("set") || method.startsWith("is")) {
      return true;
    }
    return method.equals("newDocumentBuilder") && onlyBuilds(call);
  }

  // builder.newDocument() chained, or a local builder only asked for new documents and set up
  private static boolean onlyBuilds(MethodCallExpr builder) {
    Node parent = builder.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr next && next.getScope().orElse(null) == builder) {
      return BUILDS.contains(next.getNameAsString());
    }
    Optional<VariableDeclarator> local = declaration(builder);
    Optional<CallableDeclaration> method = builder.findAncestor(CallableDeclaration.class);
    if (local.isEmpty()
        || local.get().getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()
        || method.isEmpty()) {
      return false;
    }
    return uses(method.get(), local.get()).stream()
        .allMatch(use -> isAssigned(use) || asksForDocument(use));
  }

  private static boolean isAssigned(Expression use) {
    return use.getParentNode()
        .filter(p -> p instanceof AssignExpr assign && assign.getTarget() == use)
        .isPresent();
  }

  private static boolean asksForDocument(Expression use) {
    return use.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getScope().orElse(null) == use
        && (BUILDS.contains(call.getNameAsString()) || call.getNameAsString().startsWith("set"));
  }
}

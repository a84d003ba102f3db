package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tracks, per field name, where code that runs after class loading adds to a collection, and
 * whether anything ever removes from it, clears it or replaces it. Code that runs once while the
 * class loads does not count: static initializers, field initializers, and private static helpers
 * called only from them ({@code static final MediaType JSON = addKnownType(...)}). A field assigned
 * a {@code WeakHashMap} drops its entries with their keys.
 */
final class CollectionGrowth {

  private static final Set<String> GROWING =
      Set.of(
          "put",
          "putIfAbsent",
          "putAll",
          "computeIfAbsent",
          "compute",
          "merge",
          "add",
          "addAll",
          "addFirst",
          "addLast",
          "push",
          "offer");
  private static final Set<String> SHRINKING =
      Set.of(
          "remove",
          "clear",
          "removeIf",
          "removeAll",
          "retainAll",
          "poll",
          "pop",
          "pollFirst",
          "pollLast",
          "removeFirst",
          "removeLast",
          "computeIfPresent");

  private final Map<String, List<MethodCallExpr>> growth = new HashMap<>();
  private final Set<String> shrunk = new HashSet<>();

  /** Looks at one node of the walk: a call on a field, or an assignment replacing it. */
  void record(Node node) {
    if (node instanceof MethodCallExpr call) {
      rootField(call)
          .ifPresent(
              name -> {
                if (chainCalls(call, SHRINKING)) {
                  shrunk.add(name);
                } else if (GROWING.contains(call.getNameAsString()) && runsAfterLoading(call)) {
                  growth.computeIfAbsent(name, n -> new ArrayList<>()).add(call);
                }
              });
    } else if (node instanceof AssignExpr assign
        && (runsAfterLoading(assign) || isWeak(assign.getValue()))) {
      fieldName(assign.getTarget()).ifPresent(shrunk::add);
    }
  }

  /** A map whose entries go with their keys: bounded by what is still referenced elsewhere. */
  static boolean isWeak(Expression value) {
    return value instanceof ObjectCreationExpr created
        && created.getType().getNameAsString().startsWith("Weak");
  }

  /** The first line where {@code name} grows, when it grows and never shrinks. */
  Optional<Integer> onlyGrows(String name) {
    if (shrunk.contains(name)) {
      return Optional.empty();
    }
    return growth.getOrDefault(name, List.of()).stream()
        .filter(call -> !inLoadTimeHelper(call))
        .map(Lines::of)
        .findFirst();
  }

  /** The calls that add to {@code name} after class loading, in the order of the walk. */
  List<MethodCallExpr> growingCalls(String name) {
    return growth.getOrDefault(name, List.of()).stream()
        .filter(call -> !inLoadTimeHelper(call))
        .toList();
  }

  // private static MediaType addKnownType(...) { KNOWN_TYPES.put(...); }, called only by field
  // initializers and static blocks: it runs while the class loads, like they do.
  // The helper may itself be called by another such helper: static final MediaType JSON =
  // createConstant(...), and createConstant calls addKnownType.
  private static boolean inLoadTimeHelper(MethodCallExpr growthCall) {
    Optional<CompilationUnit> unit = growthCall.findCompilationUnit();
    return unit.isPresent() && inLoadTimeHelper(growthCall, unit.get(), new HashSet<>());
  }

  private static boolean inLoadTimeHelper(Node call, CompilationUnit unit, Set<String> seen) {
    Optional<CallableDeclaration<?>> helper =
        call.findAncestor(CallableDeclaration.class).map(c -> (CallableDeclaration<?>) c);
    if (helper.isPresent() && helper.get() instanceof ConstructorDeclaration constructor) {
      return inLoadTimeConstructor(constructor, unit, seen);
    }
    if (helper.isEmpty() || !helper.get().isStatic() || !helper.get().isPrivate()) {
      return false;
    }
    String name = helper.get().getNameAsString();
    if (!seen.add(name)) {
      return false; // recursion: not proven to run only while loading
    }
    List<MethodCallExpr> calls =
        unit.findAll(
            MethodCallExpr.class,
            c ->
                c.getNameAsString().equals(name)
                    && c.getScope().map(s -> !s.isThisExpr()).orElse(true));
    return !calls.isEmpty() && calls.stream().allMatch(c -> loadTimeOnly(c, unit, seen));
  }

  // Spec(String name) { ALL.add(this); } in a class only this file can instantiate, every
  // instance a static constant (static final Spec HTML = new Spec("html")): each constant
  // registers itself once, while the class loads.
  private static boolean inLoadTimeConstructor(
      ConstructorDeclaration constructor, CompilationUnit unit, Set<String> seen) {
    Optional<TypeDeclaration<?>> type =
        constructor
            .getParentNode()
            .filter(TypeDeclaration.class::isInstance)
            .map(t -> (TypeDeclaration<?>) t);
    if (type.isEmpty()
        || !type.get().isPrivate() && !constructor.isPrivate()
        || !seen.add("new " + type.get().getNameAsString())) {
      return false;
    }
    String name = type.get().getNameAsString();
    List<ObjectCreationExpr> creations =
        unit.findAll(
            ObjectCreationExpr.class,
            c -> c.getType().getNameAsString().equals(name) && c.getAnonymousClassBody().isEmpty());
    return !creations.isEmpty()
        && creations.stream().allMatch(c -> !inInstanceField(c) && loadTimeOnly(c, unit, seen));
  }

  private static boolean loadTimeOnly(Node use, CompilationUnit unit, Set<String> seen) {
    return !runsAfterLoading(use) || inLoadTimeHelper(use, unit, new HashSet<>(seen));
  }

  // an instance field's initializer runs with every new instance, not once
  private static boolean inInstanceField(Node node) {
    return node.findAncestor(FieldDeclaration.class)
        .map(
            f ->
                !f.isStatic()
                    && f.getParentNode()
                        .filter(p -> p instanceof ClassOrInterfaceDeclaration c && !c.isInterface())
                        .isPresent())
        .orElse(false);
  }

  /** Code in methods, constructors and lambdas runs again and again; static initializers once. */
  static boolean runsAfterLoading(Node node) {
    Optional<Node> parent = node.getParentNode();
    while (parent.isPresent()) {
      Node scope = parent.get();
      if (scope instanceof InitializerDeclaration initializer) {
        return !initializer.isStatic();
      }
      if (scope instanceof FieldDeclaration) {
        return false;
      }
      if (scope instanceof ConstructorDeclaration
          && scope.getParentNode().filter(EnumDeclaration.class::isInstance).isPresent()) {
        return false; // an enum's constructor runs once per constant, while the enum loads
      }
      if (scope instanceof MethodDeclaration || scope instanceof ConstructorDeclaration) {
        return true;
      }
      parent = scope.getParentNode();
    }
    return false;
  }

  private static Optional<String> rootField(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
      scope = inner.getScope();
    }
    return scope.flatMap(CollectionGrowth::fieldName);
  }

  private static Optional<String> fieldName(Expression expression) {
    if (expression instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (expression instanceof FieldAccessExpr access) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }

  private static boolean chainCalls(MethodCallExpr call, Set<String> names) {
    Optional<Expression> current = Optional.of(call);
    while (current.isPresent() && current.get() instanceof MethodCallExpr each) {
      if (names.contains(each.getNameAsString())) {
        return true;
      }
      current = each.getScope();
    }
    return false;
  }
}

package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local maps filled only under constant keys and local lists filled in straight-line code, so
 * {@code map.get("keyA")} and {@code list.get(1)} carry just the element stored there.
 */
final class LocalContainers {

  private static final Set<String> MAP_OPS =
      Set.of("put", "get", "getOrDefault", "containsKey", "size", "isEmpty");
  private static final Set<String> LIST_OPS = Set.of("add", "remove", "get", "size", "isEmpty");

  private final ConstantFolder folder;
  private final Map<String, List<MethodCallExpr>> maps = new HashMap<>();
  private final Map<String, List<MethodCallExpr>> lists = new HashMap<>();

  LocalContainers(MethodFlow method, ConstantFolder folder) {
    this.folder = folder;
    Map<String, Expression> candidates = new HashMap<>();
    for (VariableDeclarator variable : method.own(VariableDeclarator.class)) {
      variable
          .getInitializer()
          .filter(
              i -> i.isObjectCreationExpr() && i.asObjectCreationExpr().getArguments().isEmpty())
          .ifPresent(i -> candidates.put(variable.getNameAsString(), i));
    }
    Map<String, List<MethodCallExpr>> uses = new HashMap<>();
    for (NameExpr name : method.own(NameExpr.class)) {
      String variable = name.getNameAsString();
      if (!candidates.containsKey(variable)) {
        continue;
      }
      if (name.getParentNode().orElse(null) instanceof MethodCallExpr call
          && call.getScope().orElse(null) == name) {
        uses.computeIfAbsent(variable, k -> new ArrayList<>()).add(call);
      } else {
        candidates.remove(variable);
      }
    }
    uses.forEach(
        (variable, calls) -> {
          if (!candidates.containsKey(variable)) {
            return;
          }
          String type = candidates.get(variable).asObjectCreationExpr().getType().getNameAsString();
          if (type.endsWith("Map") && calls.stream().allMatch(this::isKeyedMapCall)) {
            maps.put(variable, calls);
          } else if (type.endsWith("List") && calls.stream().allMatch(this::isIndexedListCall)) {
            lists.put(variable, calls);
          }
        });
  }

  /** What {@code get} may return, when the container is one of ours; empty when unknown. */
  Optional<List<Expression>> elements(MethodCallExpr get) {
    if (get.getScope().isEmpty() || !get.getScope().get().isNameExpr()) {
      return Optional.empty();
    }
    String variable = get.getScope().get().asNameExpr().getNameAsString();
    if (maps.containsKey(variable)) {
      Object key = folder.fold(get.getArgument(0)).orElseThrow();
      List<Expression> values = new ArrayList<>();
      for (MethodCallExpr call : maps.get(variable)) {
        if (call.getNameAsString().equals("put")
            && ConstantOperators.same(key, folder.fold(call.getArgument(0)).orElseThrow())) {
          values.add(call.getArgument(1));
        }
      }
      if (get.getNameAsString().equals("getOrDefault")) {
        values.add(get.getArgument(1));
      }
      return Optional.of(values);
    }
    return lists.containsKey(variable) ? element(lists.get(variable), get) : Optional.empty();
  }

  // Replays add/remove in source order up to the get.
  private Optional<List<Expression>> element(List<MethodCallExpr> calls, MethodCallExpr get) {
    List<Expression> contents = new ArrayList<>();
    for (MethodCallExpr call : calls) {
      if (!call.getBegin().orElseThrow().isBefore(get.getBegin().orElseThrow())) {
        continue;
      }
      if (call.getNameAsString().equals("add")) {
        contents.add(call.getArgument(0));
      } else if (call.getNameAsString().equals("remove")) {
        int index = index(call);
        if (index < 0 || index >= contents.size()) {
          return Optional.empty();
        }
        contents.remove(index);
      }
    }
    int index = index(get);
    return index >= 0 && index < contents.size()
        ? Optional.of(List.of(contents.get(index)))
        : Optional.empty();
  }

  private int index(MethodCallExpr call) {
    return folder
        .fold(call.getArgument(0))
        .flatMap(ConstantOperators::integral)
        .map(Long::intValue)
        .orElse(-1);
  }

  private boolean isKeyedMapCall(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!MAP_OPS.contains(name) || call.getBegin().isEmpty()) {
      return false;
    }
    boolean keyed = name.equals("put") || name.startsWith("get") || name.equals("containsKey");
    return !keyed || folder.fold(call.getArgument(0)).isPresent();
  }

  // Mutations only as statements of straight-line code, so source order is execution order.
  private boolean isIndexedListCall(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!LIST_OPS.contains(name) || call.getBegin().isEmpty()) {
      return false;
    }
    if (name.equals("add")) {
      return call.getArguments().size() == 1 && isStraightLine(call);
    }
    if (name.equals("remove") || name.equals("get")) {
      return call.getArguments().size() == 1
          && index(call) >= 0
          && (name.equals("get") || isStraightLine(call));
    }
    return true;
  }

  private static boolean isStraightLine(MethodCallExpr call) {
    return call.getParentNode()
        .filter(p -> p instanceof com.github.javaparser.ast.stmt.ExpressionStmt)
        .flatMap(Node::getParentNode)
        .flatMap(Node::getParentNode)
        .filter(p -> p instanceof com.github.javaparser.ast.body.CallableDeclaration)
        .isPresent();
  }
}

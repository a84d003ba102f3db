package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live nodes of one method's body, collected in one pre-order walk that skips nested methods
 * (anonymous and local classes) and branches a constant condition or switch selector rules out:
 * calling findAll per node type would walk the tree each time.
 */
final class OwnNodes {

  private final List<Node> nodes = new ArrayList<>();
  // every analyzer of the method asks for a few types, several of them for the same ones
  private final Map<Class<?>, List<?>> byType = new HashMap<>();

  OwnNodes(CallableDeclaration<?> callable, ConstantFolder folder) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(callable);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      nodes.add(node);
      List<Node> children = liveChildren(node, folder);
      for (int i = children.size() - 1; i >= 0; i--) {
        if (!(children.get(i) instanceof CallableDeclaration)) {
          stack.push(children.get(i));
        }
      }
    }
  }

  private static List<Node> liveChildren(Node node, ConstantFolder folder) {
    if (node instanceof IfStmt branch) {
      return folder
          .condition(branch.getCondition())
          .map(
              taken -> {
                List<Node> live = new ArrayList<>(List.of(branch.getCondition()));
                if (taken) {
                  live.add(branch.getThenStmt());
                } else {
                  branch.getElseStmt().ifPresent(live::add);
                }
                return live;
              })
          .orElseGet(node::getChildNodes);
    }
    if (node instanceof ConditionalExpr conditional) {
      return folder
          .condition(conditional.getCondition())
          .map(
              taken ->
                  List.<Node>of(
                      conditional.getCondition(),
                      taken ? conditional.getThenExpr() : conditional.getElseExpr()))
          .orElseGet(node::getChildNodes);
    }
    if (node instanceof SwitchNode switchNode) {
      return SwitchCases.live(switchNode, folder).orElseGet(node::getChildNodes);
    }
    return node.getChildNodes();
  }

  /** The nodes of {@code type} in walk order; an unmodifiable list shared by every caller. */
  @SuppressWarnings("unchecked")
  synchronized <T extends Node> List<T> ofType(Class<T> type) {
    List<?> known = byType.get(type);
    if (known != null) {
      return (List<T>) known;
    }
    List<T> matching = new ArrayList<>();
    for (Node node : nodes) {
      if (type.isInstance(node)) {
        matching.add(type.cast(node));
      }
    }
    List<T> shared = Collections.unmodifiableList(matching);
    byType.put(type, shared);
    return shared;
  }
}

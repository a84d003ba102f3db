package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The nodes of one method's body, collected in one pre-order walk that skips nested methods
 * (anonymous and local classes): calling findAll per node type would walk the tree each time.
 */
final class OwnNodes {

  private final List<Node> nodes = new ArrayList<>();

  OwnNodes(CallableDeclaration<?> callable) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(callable);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      nodes.add(node);
      List<Node> children = node.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        if (!(children.get(i) instanceof CallableDeclaration)) {
          stack.push(children.get(i));
        }
      }
    }
  }

  <T extends Node> List<T> ofType(Class<T> type) {
    List<T> matching = new ArrayList<>();
    for (Node node : nodes) {
      if (type.isInstance(node)) {
        matching.add(type.cast(node));
      }
    }
    return matching;
  }
}

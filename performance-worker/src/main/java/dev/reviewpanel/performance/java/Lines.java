package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;

/**
 * Where a node is reported: a call at its method name, so a chained call points at its own line.
 */
final class Lines {

  private Lines() {}

  static int of(Node node) {
    Node anchor = node instanceof MethodCallExpr call ? call.getName() : node;
    return anchor.getBegin().map(position -> position.line).orElse(1);
  }

  static int endOf(Node node) {
    return node.getEnd().map(position -> position.line).orElse(of(node));
  }
}

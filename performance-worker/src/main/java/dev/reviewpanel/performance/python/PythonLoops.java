package dev.reviewpanel.performance.python;

import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Loop and scope structure of a Python tree-sitter tree: which loop repeats a node (statements and
 * comprehensions), and which function or module it belongs to.
 */
final class PythonLoops {

  private static final Set<String> COMPREHENSIONS =
      Set.of(
          "list_comprehension",
          "set_comprehension",
          "dictionary_comprehension",
          "generator_expression");
  private static final Set<String> SCOPES =
      Set.of("function_definition", "class_definition", "lambda", "module");

  private PythonLoops() {}

  /** The innermost loop whose repeated part holds {@code node}, within its function. */
  static Optional<TSNode> enclosing(TSNode node) {
    TSNode child = node;
    TSNode parent = node.getParent();
    while (!parent.isNull() && !SCOPES.contains(parent.getType())) {
      if (repeats(parent, child)) {
        return Optional.of(parent);
      }
      child = parent;
      parent = parent.getParent();
    }
    return Optional.empty();
  }

  /** The function, class body, lambda or module {@code node} runs in. */
  static TSNode scope(TSNode node) {
    TSNode parent = node.getParent();
    while (!parent.isNull() && !SCOPES.contains(parent.getType())) {
      parent = parent.getParent();
    }
    return parent.isNull() ? node : parent;
  }

  /** Whether {@code node} sits directly in an {@code async def}. */
  static boolean inAsyncFunction(TSNode node) {
    TSNode scope = scope(node);
    return scope.getType().equals("function_definition")
        && scope.getChildCount() > 0
        && scope.getChild(0).getType().equals("async");
  }

  private static boolean repeats(TSNode loop, TSNode child) {
    String type = loop.getType();
    if (type.equals("for_statement")) {
      return child.equals(loop.getChildByFieldName("body"));
    }
    if (type.equals("while_statement")) {
      return child.equals(loop.getChildByFieldName("body"))
          || child.equals(loop.getChildByFieldName("condition"));
    }
    if (COMPREHENSIONS.contains(type)) {
      return child.equals(loop.getChildByFieldName("body")) || child.getType().equals("if_clause");
    }
    return false;
  }
}

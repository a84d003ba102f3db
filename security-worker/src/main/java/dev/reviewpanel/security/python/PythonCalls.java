package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The calls of a Python file in walk order, read once and shared by its analyzers. */
final class PythonCalls {

  // Same index as the file's TreeNodes; null where the node is not a call.
  private final List<PythonCall> byNode = new ArrayList<>();

  private PythonCalls(SyntaxTree tree, TreeNodes nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      byNode.add(PythonCall.of(nodes.node(i), nodes.type(i), tree).orElse(null));
    }
  }

  static PythonCalls of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(PythonCalls.class, n -> new PythonCalls(tree, n));
  }

  /** The call at node {@code index}, or null. */
  PythonCall at(int index) {
    return byNode.get(index);
  }

  /** Visits every call of the file in walk order. */
  void forEach(Consumer<PythonCall> visitor) {
    for (PythonCall call : byNode) {
      if (call != null) {
        visitor.accept(call);
      }
    }
  }
}

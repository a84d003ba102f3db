package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The calls of a JavaScript/TypeScript file in walk order, read once and shared by analyzers. */
final class JsCalls {

  // Same index as the file's TreeNodes; empty where the node is not a call.
  private final List<Optional<JsCall>> byNode = new ArrayList<>();

  private JsCalls(SyntaxTree tree, TreeNodes nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      byNode.add(JsCall.of(nodes.node(i), nodes.type(i), tree));
    }
  }

  static JsCalls of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(JsCalls.class, n -> new JsCalls(tree, n));
  }

  /** The call at node {@code index}, if that node is one. */
  Optional<JsCall> at(int index) {
    return byNode.get(index);
  }
}

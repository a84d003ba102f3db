package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cases of a switch over a constant selector that can run: the match and its fall-through. */
final class SwitchCases {

  private SwitchCases() {}

  /** The selector and live entries, or empty when the selector or a label is not constant. */
  static Optional<List<Node>> live(SwitchNode node, ConstantFolder folder) {
    Optional<Object> selector = folder.fold(node.getSelector());
    if (selector.isEmpty()) {
      return Optional.empty();
    }
    NodeList<SwitchEntry> entries = node.getEntries();
    int start = -1;
    int fallback = -1;
    for (int i = 0; i < entries.size() && start < 0; i++) {
      SwitchEntry entry = entries.get(i);
      if (entry.getLabels().isEmpty() || entry.isDefault()) {
        fallback = i;
      }
      for (Expression label : entry.getLabels()) {
        Optional<Object> value = folder.fold(label);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        if (ConstantOperators.same(selector.get(), value.get())) {
          start = i;
        }
      }
    }
    if (start < 0) {
      start = fallback;
    }
    List<Node> live = new ArrayList<>(List.of(node.getSelector()));
    for (int i = start; i >= 0 && i < entries.size(); i++) {
      SwitchEntry entry = entries.get(i);
      live.add(entry);
      if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP || endsAbruptly(entry)) {
        break;
      }
    }
    return Optional.of(live);
  }

  private static boolean endsAbruptly(SwitchEntry entry) {
    if (entry.getStatements().isEmpty()) {
      return false;
    }
    Statement last = entry.getStatements().getLast().orElseThrow();
    return last.isBreakStmt()
        || last.isReturnStmt()
        || last.isThrowStmt()
        || last.isContinueStmt()
        || last.isYieldStmt();
  }
}

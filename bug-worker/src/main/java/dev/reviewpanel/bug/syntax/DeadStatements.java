package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.function.Predicate;
import org.treesitter.TSNode;

/**
 * Unreachable statements in a tree-sitter block, the same in every language once it says which
 * statements always leave the block and which would do nothing if they ran.
 */
public final class DeadStatements {

  private DeadStatements() {}

  /**
   * Reports the first statement of {@code body} that follows one that always leaves, unless every
   * statement after it is inert; one finding per block, the first dead line being the one to fix.
   */
  public static void reportFirst(
      SyntaxTree tree,
      TSNode body,
      Predicate<TSNode> alwaysLeaves,
      Predicate<TSNode> inert,
      Rule rule,
      Findings findings) {
    int count = body.getNamedChildCount();
    for (int i = 0; i + 1 < count; i++) {
      if (!alwaysLeaves.test(body.getNamedChild(i))) {
        continue;
      }
      for (int j = i + 1; j < count; j++) {
        TSNode dead = body.getNamedChild(j);
        if (!inert.test(dead)) {
          findings.report(
              rule,
              SyntaxTree.startLine(dead),
              SyntaxTree.endLine(dead),
              "'"
                  + CodeExcerpt.of(tree.text(dead).lines().findFirst().orElse(""))
                  + "' can never run: the statement before it always leaves the block.");
          return;
        }
      }
      return;
    }
  }

  /** True when the last statement of {@code block}, comments aside, always leaves it. */
  public static boolean lastLeaves(TSNode block, Predicate<TSNode> alwaysLeaves) {
    if (block.isNull()) {
      return false;
    }
    for (int i = block.getNamedChildCount() - 1; i >= 0; i--) {
      TSNode last = block.getNamedChild(i);
      if (!last.getType().equals("comment")) {
        return alwaysLeaves.test(last);
      }
    }
    return false;
  }
}

package dev.reviewpanel.security.syntax;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The parts of a file that can never run: branches whose condition folds to a constant and
 * statements after a {@code return}, {@code raise}/{@code throw}, {@code break} or {@code continue}
 * in the same block. Findings there would be false alarms.
 */
public final class DeadCode {

  private final List<int[]> ranges = new ArrayList<>();

  /** Marks {@code node} and everything inside it as never running. */
  public void add(TSNode node) {
    if (node != null && !node.isNull()) {
      ranges.add(new int[] {node.getStartByte(), node.getEndByte()});
    }
  }

  /** Marks the named siblings after {@code exit} in its block as never running. */
  public void addAfter(TSNode exit) {
    TSNode next = exit.getNextNamedSibling();
    while (!next.isNull() && next.getType().equals("comment")) {
      next = next.getNextNamedSibling();
    }
    if (next.isNull()) {
      return; // the usual case: the exit ends its block, nothing follows it
    }
    ranges.add(new int[] {next.getStartByte(), exit.getParent().getEndByte()});
  }

  /** True when {@code node} lies in code that never runs. */
  public boolean isDead(TSNode node) {
    if (ranges.isEmpty()) {
      return false;
    }
    int start = node.getStartByte();
    for (int[] range : ranges) {
      if (range[0] <= start && start < range[1]) {
        return true;
      }
    }
    return false;
  }
}

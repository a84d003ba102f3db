package dev.reviewpanel.performance.python;

import org.treesitter.TSNode;

/** A string naming the function (or module) a node belongs to, for per-scope bookkeeping. */
final class PythonScopeKey {

  private PythonScopeKey() {}

  static String of(TSNode node) {
    TSNode scope = PythonLoops.scope(node);
    return scope.getType() + ":" + scope.getStartByte() + "-" + scope.getEndByte();
  }
}

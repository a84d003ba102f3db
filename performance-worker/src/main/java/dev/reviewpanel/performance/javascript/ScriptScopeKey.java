package dev.reviewpanel.performance.javascript;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Strings naming the functions (and program) a node belongs to, for per-scope bookkeeping. */
final class ScriptScopeKey {

  private ScriptScopeKey() {}

  /** The innermost function, or the program. */
  static String of(TSNode node) {
    TSNode last = node;
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      if (ScriptLoops.FUNCTIONS.contains(p.getType())) {
        return key(p); // stop here: every step up is a JNI call
      }
      last = p;
    }
    return key(last);
  }

  /** Every enclosing function, innermost first, then the program. */
  static List<String> chain(TSNode node) {
    List<String> keys = new ArrayList<>();
    TSNode last = node;
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      last = p;
      if (ScriptLoops.FUNCTIONS.contains(p.getType())) {
        keys.add(key(p));
      }
    }
    keys.add(key(last));
    return keys;
  }

  private static String key(TSNode scope) {
    return scope.getType() + ":" + scope.getStartByte() + "-" + scope.getEndByte();
  }
}

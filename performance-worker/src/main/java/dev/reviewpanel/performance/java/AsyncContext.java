package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;

/**
 * A lambda or method reference handed to an asynchronous stage.
 *
 * @param stage the call that receives it, e.g. {@code supplyAsync} or {@code map}
 * @param reactive whether the stage belongs to a Reactor chain rather than a CompletableFuture
 */
record AsyncContext(MethodCallExpr stage, boolean reactive) {

  int line() {
    return Lines.of(stage);
  }

  String describe() {
    return reactive
        ? "the Reactor operator " + stage.getNameAsString() + "() at line " + line()
        : "the CompletableFuture stage " + stage.getNameAsString() + "() at line " + line();
  }

  boolean encloses(Node node) {
    return stage.isAncestorOf(node);
  }
}

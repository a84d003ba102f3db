package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import java.util.Optional;

/**
 * Finds the asynchronous stage a node runs in: the nearest lambda or method reference, within the
 * enclosing member, handed to a CompletableFuture stage on the common pool or to a Reactor operator
 * on a non-blocking thread. Lambdas of other calls (streams, Optional, callbacks) are looked
 * through, since they run synchronously inside whatever encloses them.
 */
final class AsyncContexts {

  private AsyncContexts() {}

  static Optional<AsyncContext> enclosing(Node node) {
    Node child = node;
    Optional<Node> parent = node.getParentNode();
    while (parent.isPresent() && !(parent.get() instanceof BodyDeclaration<?>)) {
      Node function = child;
      if ((function instanceof LambdaExpr || function instanceof MethodReferenceExpr)
          && parent.get() instanceof MethodCallExpr stage
          && stage.getArguments().stream().anyMatch(argument -> argument == function)) {
        if (FutureStages.onCommonPool(stage)) {
          return Optional.of(new AsyncContext(stage, false));
        }
        if (ReactorOperators.onNonBlockingThread(stage)) {
          return Optional.of(new AsyncContext(stage, true));
        }
      }
      child = parent.get();
      parent = child.getParentNode();
    }
    return Optional.empty();
  }
}

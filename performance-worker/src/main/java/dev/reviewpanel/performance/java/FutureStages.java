package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Set;

/**
 * CompletableFuture stages whose function runs on the shared ForkJoin pool: {@code
 * supplyAsync/runAsync} and {@code then...} stages given no executor of their own.
 */
final class FutureStages {

  private static final Set<String> SOURCES = Set.of("supplyAsync", "runAsync");
  private static final Set<String> STAGES =
      Set.of(
          ("thenApply thenAccept thenRun thenCompose thenCombine thenAcceptBoth runAfterBoth"
                  + " runAfterEither applyToEither acceptEither whenComplete handle exceptionally"
                  + " exceptionallyCompose")
              .split(" "));
  private static final Set<String> TYPES = Set.of("CompletableFuture", "CompletionStage");

  private FutureStages() {}

  /** Whether {@code call}'s function arguments run on the common pool. */
  static boolean onCommonPool(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (SOURCES.contains(name)) {
      return call.getArguments().size() == 1
          && call.getScope().map(s -> TypeNames.isOneOf(s, TYPES)).orElse(false);
    }
    String base = name.endsWith("Async") ? name.substring(0, name.length() - 5) : name;
    if (!STAGES.contains(base)) {
      return false;
    }
    CallChain chain = CallChain.of(call);
    return (name.startsWith("then") || chain.startsAt(TYPES) || chain.has(SOURCES))
        && !hasOwnExecutor(call, chain);
  }

  // An explicit executor (the argument after the functions), or a source that was given one.
  private static boolean hasOwnExecutor(MethodCallExpr stage, CallChain chain) {
    String name = stage.getNameAsString();
    int functions =
        name.startsWith("thenCombine")
                || name.startsWith("thenAcceptBoth")
                || name.startsWith("runAfterBoth")
                || name.contains("Either")
            ? 2
            : 1;
    if (name.endsWith("Async") && stage.getArguments().size() > functions) {
      return true;
    }
    return chain.named(SOURCES).stream().anyMatch(source -> source.getArguments().size() > 1);
  }
}

package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Set;

/**
 * Reactor operators whose function runs on the subscriber's (often an event-loop) thread: an
 * operator of a chain recognised as Mono/Flux that is not moved to a scheduler made for blocking
 * work with {@code subscribeOn/publishOn(Schedulers.boundedElastic())}.
 */
final class ReactorOperators {

  private static final Set<String> OPERATORS =
      Set.of(
          ("map mapNotNull flatMap flatMapMany flatMapIterable concatMap switchMap filter"
                  + " filterWhen handle doOnNext doOnSuccess doOnEach doOnError doOnTerminate"
                  + " doFinally subscribe fromCallable fromSupplier fromRunnable defer create"
                  + " generate onErrorResume onErrorMap onErrorReturn reduce zipWith zipWhen"
                  + " delayUntil takeUntil takeWhile")
              .split(" "));
  // Names only Reactor uses, enough to tell a Flux chain from a Stream or an Optional.
  private static final Set<String> REACTOR_ONLY =
      Set.of(
          ("flatMapMany doOnNext doOnSuccess switchIfEmpty onErrorResume subscribeOn publishOn"
                  + " thenReturn thenMany zipWith zipWhen collectList bodyToMono bodyToFlux"
                  + " delayElements mapNotNull fromCallable fromSupplier defaultIfEmpty retryWhen")
              .split(" "));
  private static final Set<String> TYPES = Set.of("Mono", "Flux", "ParallelFlux", "Publisher");
  private static final Set<String> OFFLOADING = Set.of("subscribeOn", "publishOn");
  private static final Set<String> BLOCKING_SCHEDULERS =
      Set.of(
          "boundedElastic", "elastic", "fromExecutor", "fromExecutorService", "newBoundedElastic");

  private ReactorOperators() {}

  /** Whether {@code call}'s function arguments run on a thread that must not block. */
  static boolean onNonBlockingThread(MethodCallExpr call) {
    if (!OPERATORS.contains(call.getNameAsString())) {
      return false;
    }
    CallChain chain = CallChain.of(call);
    boolean reactive = chain.has(REACTOR_ONLY) || chain.startsAt(TYPES) || chain.returnedAs(TYPES);
    return reactive && !offloaded(chain);
  }

  // A scheduler held in a variable is trusted to be a suitable one.
  private static boolean offloaded(CallChain chain) {
    return chain.named(OFFLOADING).stream()
        .filter(call -> call.getArguments().size() == 1)
        .map(call -> call.getArgument(0))
        .anyMatch(
            scheduler ->
                !(scheduler instanceof MethodCallExpr factory)
                    || BLOCKING_SCHEDULERS.contains(factory.getNameAsString()));
  }
}

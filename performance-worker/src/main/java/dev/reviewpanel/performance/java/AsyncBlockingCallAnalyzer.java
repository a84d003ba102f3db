package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A blocking call ({@code Thread.sleep}, file I/O, {@code join()}, {@code Future.get()}, {@code
 * block()}, JDBC or HTTP) inside a {@code CompletableFuture} stage running on the shared ForkJoin
 * pool or inside a Reactor operator: it parks one of the few threads every other task needs.
 */
@Component
public class AsyncBlockingCallAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.blocking-call-in-async",
          "concurrency",
          null,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Blocking call inside asynchronous code",
          "Use a non-blocking equivalent (Mono.delay, CompletableFuture.delayedExecutor, WebClient,"
              + " R2DBC), or run the blocking work on a dedicated executor (supplyAsync(task,"
              + " executor)) or Reactor's Schedulers.boundedElastic() via subscribeOn.");

  public AsyncBlockingCallAnalyzer() {
    super("java-blocking-call-in-async", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    JavaNodes.of(file, MethodCallExpr.class).forEach(call -> check(call, findings));
    for (ObjectCreationExpr creation : JavaNodes.of(file, ObjectCreationExpr.class)) {
      BlockingCalls.of(creation).ifPresent(what -> report(creation, what, findings));
    }
  }

  private static void check(MethodCallExpr call, Findings findings) {
    Optional<AsyncContext> context = AsyncContexts.enclosing(call);
    if (context.isEmpty()) {
      return;
    }
    BlockingCalls.of(call, !context.get().reactive())
        .ifPresent(what -> reportIn(call, what, context.get(), findings));
  }

  private static void report(Node node, String what, Findings findings) {
    AsyncContexts.enclosing(node).ifPresent(context -> reportIn(node, what, context, findings));
  }

  private static void reportIn(Node node, String what, AsyncContext context, Findings findings) {
    findings.report(
        RULE,
        Lines.of(node),
        "%s blocks a shared thread inside %s".formatted(what, context.describe()));
  }
}

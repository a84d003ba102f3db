package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A database query or HTTP request issued once per loop iteration: the N+1 pattern. Reported once
 * per loop, at its first remote call, with the other calls of the same loop named in the message:
 * an upsert that prepares, queries and writes per item is one N+1, not five.
 */
@Component
public class NPlusOneAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.n-plus-one",
          "n-plus-one",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Database or HTTP call inside a loop",
          "Fetch what the loop needs with one batched call before it (findAllById, WHERE id IN"
              + " (...), a JOIN FETCH or a bulk endpoint), index the result in a Map and look"
              + " items up inside the loop.");

  public NPlusOneAnalyzer() {
    super("java-n-plus-one", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    // the loop statement or iterating call -> its remote calls, in source order (an identity map:
    // JavaParser nodes are equal by structure, and two loops may look alike)
    Map<Node, List<RemoteCall>> byLoop = new IdentityHashMap<>();
    List<Node> loops = new ArrayList<>();
    for (Node node : JavaNodes.all(file)) {
      if (node instanceof MethodCallExpr call) {
        RemoteCalls.kind(call)
            .ifPresent(kind -> collect(node, kind, call.getNameAsString(), byLoop, loops));
      } else if (node instanceof MethodReferenceExpr reference) {
        RemoteCalls.kind(reference)
            .ifPresent(kind -> collect(node, kind, reference.getIdentifier(), byLoop, loops));
      }
    }
    loops.forEach(loop -> report(loop, byLoop.get(loop), findings));
  }

  private static void collect(
      Node call, String kind, String method, Map<Node, List<RemoteCall>> byLoop, List<Node> loops) {
    Loops.enclosing(call)
        .filter(
            loop ->
                !(call instanceof MethodCallExpr remote
                    && DeliberateRepeats.isDeliberate(remote, loop)))
        .ifPresent(
            loop ->
                byLoop
                    .computeIfAbsent(
                        loop.node(),
                        n -> {
                          loops.add(n);
                          return new ArrayList<>();
                        })
                    .add(new RemoteCall(kind, method, Lines.of(call))));
  }

  private static void report(Node loop, List<RemoteCall> calls, Findings findings) {
    RemoteCall first = calls.get(0);
    String others =
        calls.size() == 1
            ? ""
            : calls.subList(1, calls.size()).stream()
                .map(c -> c.method() + "() at line " + c.line())
                .collect(Collectors.joining(", ", "; so do ", ""));
    findings.report(
        RULE,
        first.line(),
        "%s call %s() runs once per iteration of the loop at line %d%s"
            .formatted(first.kind(), first.method(), Lines.of(loop), others));
  }

  private record RemoteCall(String kind, String method, int line) {}
}

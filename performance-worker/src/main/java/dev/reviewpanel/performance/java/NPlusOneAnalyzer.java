package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A database query or HTTP request issued once per loop iteration: the N+1 pattern. */
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
    file.java()
        .ifPresent(
            unit ->
                unit.walk(
                    node -> {
                      if (node instanceof MethodCallExpr call) {
                        RemoteCalls.kind(call)
                            .ifPresent(kind -> check(node, kind, call.getNameAsString(), findings));
                      } else if (node instanceof MethodReferenceExpr reference) {
                        RemoteCalls.kind(reference)
                            .ifPresent(
                                kind -> check(node, kind, reference.getIdentifier(), findings));
                      }
                    }));
  }

  private static void check(Node call, String kind, String method, Findings findings) {
    Loops.enclosing(call)
        .ifPresent(
            loop ->
                findings.report(
                    RULE,
                    Lines.of(call),
                    "%s call %s() runs once per iteration of the loop at line %d"
                        .formatted(kind, method, loop.line())));
  }
}

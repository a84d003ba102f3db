package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A boxed number ({@code Long sum}) updated inside a loop: each update unboxes, computes and boxes
 * a new object, so a hot loop allocates once per iteration.
 */
@Component
public class BoxedAccumulatorAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.boxed-accumulator-in-loop",
          "allocation",
          null,
          Severity.LOW,
          Confidence.HIGH,
          "Boxed number accumulated inside a loop",
          "Declare the accumulator as a primitive (long, int, double) and box it once, if at"
              + " all, after the loop.");

  private static final Set<String> BOXED_NUMBERS =
      Set.of("Long", "Integer", "Double", "Float", "Short", "Byte");

  private static final Set<UnaryExpr.Operator> STEPS =
      Set.of(
          UnaryExpr.Operator.PREFIX_INCREMENT,
          UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT,
          UnaryExpr.Operator.POSTFIX_DECREMENT);

  public BoxedAccumulatorAnalyzer() {
    super("java-boxed-accumulator-in-loop", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    for (Node node : JavaNodes.all(file)) {
      if (node instanceof AssignExpr assign && assign.getOperator() != AssignExpr.Operator.ASSIGN) {
        check(node, assign.getTarget(), findings);
      } else if (node instanceof UnaryExpr unary && STEPS.contains(unary.getOperator())) {
        check(node, unary.getExpression(), findings);
      }
    }
  }

  private static void check(Node update, Expression target, Findings findings) {
    Loops.enclosing(update)
        .ifPresent(
            loop ->
                JavaNames.of(target)
                    .filter(declaration -> BOXED_NUMBERS.contains(declaration.typeName()))
                    .filter(declaration -> !loop.contains(declaration.node()))
                    .ifPresent(
                        declaration ->
                            findings.report(
                                RULE,
                                Lines.of(update),
                                "%s '%s' is unboxed and re-boxed on every iteration of the loop at line %d"
                                    .formatted(
                                        declaration.typeName(),
                                        Loops.normalize(target),
                                        loop.line()))));
  }
}

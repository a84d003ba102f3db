package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A String declared outside a loop and grown with {@code +=} or {@code s = s + ...} inside it:
 * every iteration copies everything built so far, so the loop is quadratic. LOW when the string is
 * rebuilt from the object's configuration ({@link LoopBounds#configuredField}): it runs when the
 * object is configured, over what was configured.
 */
@Component
public class StringConcatInLoopAnalyzer extends JavaNodeAnalyzer<AssignExpr> {

  static final Rule RULE =
      new Rule(
          "java.string-concat-in-loop",
          "allocation",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "String built by concatenation inside a loop",
          "Append to one StringBuilder created before the loop (or use String.join /"
              + " Collectors.joining) and call toString() once after it.");

  static final Rule CONFIGURED = RULE.at(Severity.LOW, Confidence.HIGH);

  private static final long FEW_ITERATIONS = 8;

  public StringConcatInLoopAnalyzer() {
    super("java-string-concat-in-loop", AssignExpr.class);
  }

  @Override
  protected void check(AssignExpr assign, Findings findings) {
    Expression target = assign.getTarget();
    boolean grows =
        assign.getOperator() == AssignExpr.Operator.PLUS
            || (assign.getOperator() == AssignExpr.Operator.ASSIGN
                && concatenates(assign.getValue(), Loops.normalize(target)));
    if (!grows) {
      return;
    }
    List<Loop> loops = Loops.allEnclosing(assign);
    if (loops.isEmpty() || runsAFewTimes(loops.get(0).node())) {
      return;
    }
    Loop loop = loops.get(0);
    JavaNames.of(target)
        .filter(JavaDeclaration::isString)
        .filter(declaration -> !loop.contains(declaration.node()))
        .ifPresent(declaration -> report(assign, loops, findings));
  }

  private static void report(AssignExpr assign, List<Loop> loops, Findings findings) {
    Loop loop = loops.get(0);
    String message =
        "String '%s' is re-copied on every iteration of the loop at line %d"
            .formatted(Loops.normalize(assign.getTarget()), loop.line());
    Optional<String> configured =
        loops.size() == 1 ? LoopBounds.configuredField(loop) : Optional.empty();
    if (configured.isPresent()) {
      findings.report(
          CONFIGURED,
          Lines.of(assign),
          message
              + ("; LOW: the loop walks '%s', which only constructors and setters fill, in a"
                      + " method only they call: it runs when the object is configured, over what"
                      + " was configured, not per use")
                  .formatted(configured.get()));
      return;
    }
    findings.report(RULE, Lines.of(assign), message);
  }

  // for (j = 0; j < value.length() % 4; j++) value += "=": padding to a block runs at most three
  // times, and a loop to a small literal count as few; copying a short string that often is free
  private static boolean runsAFewTimes(Node loop) {
    if (!(loop instanceof ForStmt each)
        || !(each.getCompare().orElse(null) instanceof BinaryExpr compare)
        || compare.getOperator() != BinaryExpr.Operator.LESS
            && compare.getOperator() != BinaryExpr.Operator.LESS_EQUALS) {
      return false;
    }
    Expression bound = compare.getRight();
    if (bound instanceof BinaryExpr remainder
        && remainder.getOperator() == BinaryExpr.Operator.REMAINDER) {
      bound = remainder.getRight();
    }
    return bound instanceof IntegerLiteralExpr count
        && count.asNumber().longValue() <= FEW_ITERATIONS;
  }

  /** Whether {@code value} is a {@code +} chain with {@code name} as one of its operands. */
  private static boolean concatenates(Expression value, String name) {
    Expression current = value;
    while (current instanceof EnclosedExpr enclosed) {
      current = enclosed.getInner();
    }
    if (!(current instanceof BinaryExpr binary)
        || binary.getOperator() != BinaryExpr.Operator.PLUS) {
      return false;
    }
    return isName(binary.getLeft(), name)
        || isName(binary.getRight(), name)
        || concatenates(binary.getLeft(), name);
  }

  private static boolean isName(Expression operand, String name) {
    return !(operand instanceof BinaryExpr) && Loops.normalize(operand).equals(name);
  }
}

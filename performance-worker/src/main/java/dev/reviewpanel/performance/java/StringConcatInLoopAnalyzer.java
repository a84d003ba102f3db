package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A String declared outside a loop and grown with {@code +=} or {@code s = s + ...} inside it:
 * every iteration copies everything built so far, so the loop is quadratic. LOW when the string is
 * rebuilt from the object's configuration ({@link LoopBounds#configuredField}): it runs when the
 * object is configured, over what was configured; LOW too when the loop resets or cuts the string
 * back under a condition, or builds the message of an exception thrown right after it. Quiet when a
 * return, throw or break follows the concatenation (it runs once per run of the loop) or the loop
 * body resets the string on every iteration.
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

  static final Rule BOUNDED = RULE.at(Severity.LOW, Confidence.MEDIUM);

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
    if (leavesTheLoop(assign, loop) || resetEachRound(assign, loop)) {
      return; // it grows once per run of the loop, or starts afresh every iteration
    }
    JavaNames.of(target)
        .filter(JavaDeclaration::isString)
        .filter(declaration -> !loop.contains(declaration.node()))
        .ifPresent(declaration -> report(assign, loops, findings));
  }

  private static void report(AssignExpr assign, List<Loop> loops, Findings findings) {
    Loop loop = loops.get(0);
    String name = Loops.normalize(assign.getTarget());
    String message =
        "String '%s' is re-copied on every iteration of the loop at line %d"
            .formatted(name, loop.line());
    Optional<AssignExpr> reset = resets(assign, loop).findFirst();
    if (reset.isPresent()) {
      findings.report(
          BOUNDED,
          Lines.of(assign),
          message
              + ("; LOW: line %d resets or cuts it back inside the loop, so it grows only"
                      + " between resets, not over the whole loop")
                  .formatted(Lines.of(reset.get())));
      return;
    }
    if (isStatementLoop(loop) && LoopExits.throwsAfter(loop.node(), name).isPresent()) {
      findings.report(
          BOUNDED,
          Lines.of(assign),
          message
              + "; LOW: it is the message of the exception thrown right after the loop: the"
              + " loop runs once, on the way out");
      return;
    }
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

  // for (h : handlers) if (h.supports(r)) { description += "!"; return h.handle(description); }:
  // the jump after the concatenation ends the loop, so it runs once per run of the loop
  private static boolean leavesTheLoop(AssignExpr assign, Loop loop) {
    return isStatementLoop(loop)
        && assign.getParentNode().orElse(null) instanceof ExpressionStmt statement
        && LoopExits.leavesAfter(statement, loop.node());
  }

  private static boolean isStatementLoop(Loop loop) {
    return loop.node() instanceof Statement;
  }

  // name = ""; or name = name.substring(...) in the loop itself: the string starts afresh, or is
  // cut back, rather than carrying everything over from earlier iterations
  private static Stream<AssignExpr> resets(AssignExpr growth, Loop loop) {
    String name = Loops.normalize(growth.getTarget());
    return loop
        .node()
        .findAll(
            AssignExpr.class,
            a ->
                a != growth
                    && a.getOperator() == AssignExpr.Operator.ASSIGN
                    && Loops.normalize(a.getTarget()).equals(name)
                    && (fresh(a.getValue(), name) || cut(a.getValue(), name)))
        .stream()
        .filter(a -> Loops.enclosing(a).map(l -> l.node() == loop.node()).orElse(false));
  }

  // the reset is a statement of the loop's own body: it runs on every iteration
  private static boolean resetEachRound(AssignExpr growth, Loop loop) {
    return resets(growth, loop)
        .anyMatch(
            a ->
                a.getParentNode()
                    .flatMap(Node::getParentNode)
                    .filter(
                        body ->
                            body instanceof BlockStmt
                                && body.getParentNode().orElse(null) == loop.node())
                    .isPresent());
  }

  private static boolean fresh(Expression value, String name) {
    return value.findAll(Expression.class, e -> Loops.normalize(e).equals(name)).isEmpty();
  }

  private static boolean cut(Expression value, String name) {
    return value instanceof MethodCallExpr call
        && call.getNameAsString().equals("substring")
        && call.getScope().map(Loops::normalize).filter(name::equals).isPresent();
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

package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
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
 * A value compared with itself: {@code x == x}, {@code x.equals(x)}, {@code Objects.equals(x, x)},
 * {@code x.compareTo(x)}. The result is a constant, so the other operand was almost certainly
 * meant. Operands containing calls are left alone (two calls may return different values); {@code d
 * != d} on a float, double or a variable of unknown type is the NaN test and is accepted, as are
 * reflexivity checks inside assertions.
 */
@Component
class SelfComparisonAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.self-comparison",
          "correctness",
          "CWE-570",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Value compared with itself",
          "Compare with the value that was intended (often a parameter or the other object's"
              + " field); use Double.isNaN for a NaN test.");

  private static final Set<BinaryExpr.Operator> COMPARISONS =
      Set.of(
          BinaryExpr.Operator.EQUALS,
          BinaryExpr.Operator.NOT_EQUALS,
          BinaryExpr.Operator.LESS,
          BinaryExpr.Operator.LESS_EQUALS,
          BinaryExpr.Operator.GREATER,
          BinaryExpr.Operator.GREATER_EQUALS);

  private static final Set<String> EQUALITY_METHODS =
      Set.of("equals", "equalsIgnoreCase", "compareTo", "compareToIgnoreCase", "contentEquals");

  private static final Set<String> FLOATING = Set.of("double", "float", "Double", "Float");

  SelfComparisonAnalyzer() {
    super("java-self-comparison", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu -> {
              JavaNodes.of(file, BinaryExpr.class).stream()
                  .filter(b -> COMPARISONS.contains(b.getOperator()))
                  .forEach(
                      b -> {
                        if (same(b.getLeft(), b.getRight()) && !isNanTest(b)) {
                          report(b, findings);
                        }
                      });
              JavaNodes.of(file, MethodCallExpr.class).stream()
                  .filter(SelfComparisonAnalyzer::comparesWithItself)
                  .forEach(call -> report(call, findings));
            });
  }

  private static boolean comparesWithItself(MethodCallExpr call) {
    String method = call.getNameAsString();
    boolean self =
        EQUALITY_METHODS.contains(method)
                && call.getArguments().size() == 1
                && call.getScope().isPresent()
                && same(call.getScope().get(), call.getArgument(0))
            || (method.equals("equals") || method.equals("deepEquals"))
                && call.getArguments().size() == 2
                && call.getScope().map(s -> s.toString().endsWith("Objects")).orElse(false)
                && same(call.getArgument(0), call.getArgument(1));
    return self && !insideAssertion(call);
  }

  // Contract tests check reflexivity on purpose: assertTrue(a.equals(a)).
  private static boolean insideAssertion(Node node) {
    return node.findAncestor(
            MethodCallExpr.class,
            m -> m.getNameAsString().startsWith("assert") || m.getNameAsString().equals("verify"))
        .isPresent();
  }

  private static boolean isNanTest(BinaryExpr comparison) {
    if (comparison.getOperator() != BinaryExpr.Operator.NOT_EQUALS
        && comparison.getOperator() != BinaryExpr.Operator.EQUALS) {
      return false;
    }
    Expression operand = comparison.getLeft();
    String name =
        operand instanceof NameExpr n
            ? n.getNameAsString()
            : operand instanceof FieldAccessExpr f && f.getScope().isThisExpr()
                ? f.getNameAsString()
                : null;
    if (name == null) {
      // Without a declaration in this file the type is unknown; a NaN test stays possible.
      return !(operand instanceof ArrayAccessExpr);
    }
    return JavaNames.resolve(name, comparison)
        .map(d -> d.written().isEmpty() || d.type().isVarType() || isFloating(d.written()))
        .orElse(true);
  }

  private static boolean isFloating(String type) {
    return FLOATING.contains(type) || type.equals("java.lang.Double");
  }

  // Structurally equal and free of calls, so both sides are guaranteed to hold the same value.
  private static boolean same(Expression left, Expression right) {
    return (left.isNameExpr()
            || left.isFieldAccessExpr()
            || left.isArrayAccessExpr()
            || left.isThisExpr())
        && left.equals(right)
        && left.findFirst(MethodCallExpr.class).isEmpty()
        && left.findFirst(UnaryExpr.class).isEmpty()
        && left.findFirst(AssignExpr.class).isEmpty();
  }

  private static void report(Expression comparison, Findings findings) {
    findings.report(
        RULE,
        comparison.getBegin().map(p -> p.line).orElse(1),
        "'"
            + CodeExcerpt.of(comparison)
            + "' compares a value with itself, so its result never changes.");
  }
}

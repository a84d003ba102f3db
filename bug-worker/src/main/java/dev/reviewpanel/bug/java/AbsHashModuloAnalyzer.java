package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code Math.abs(x.hashCode()) % n}: {@code Math.abs(Integer.MIN_VALUE)} is still negative, so
 * once in about four billion hashes the bucket index is negative.
 */
@Component
class AbsHashModuloAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.abs-hash-modulo",
          "correctness",
          "CWE-682",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Math.abs of a hash or random int can be negative",
          "Use Math.floorMod(x.hashCode(), n) (or (h & 0x7fffffff) % n) instead of"
              + " Math.abs(h) % n.");

  // Calls whose int/long result can be MIN_VALUE.
  private static final Set<String> FULL_RANGE = Set.of("hashCode", "nextInt", "nextLong");

  AbsHashModuloAnalyzer() {
    super("java-abs-hash-modulo", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                JavaNodes.of(file, MethodCallExpr.class).stream()
                    .filter(AbsHashModuloAnalyzer::isAbsOfFullRange)
                    .filter(AbsHashModuloAnalyzer::isModuloDividend)
                    .forEach(
                        abs ->
                            findings.report(
                                RULE,
                                abs.getBegin().map(p -> p.line).orElse(1),
                                "'"
                                    + CodeExcerpt.of(abs)
                                    + "' is negative for MIN_VALUE, so the remainder can be"
                                    + " negative too.")));
  }

  private static boolean isAbsOfFullRange(MethodCallExpr call) {
    return call.getNameAsString().equals("abs")
        && call.getScope().map(s -> s.toString().equals("Math")).orElse(false)
        && call.getArguments().size() == 1
        && call.getArgument(0) instanceof MethodCallExpr inner
        && FULL_RANGE.contains(inner.getNameAsString())
        && inner.getArguments().isEmpty();
  }

  private static boolean isModuloDividend(MethodCallExpr abs) {
    Node current = abs;
    Node parent = abs.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      current = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return parent instanceof BinaryExpr modulo
        && modulo.getOperator() == BinaryExpr.Operator.REMAINDER
        && modulo.getLeft() == current;
  }
}

package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Strings compared with {@code ==} or {@code !=}: compares identity, not text. */
@Component
class StringIdentityAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "java.string-identity",
          "correctness",
          "CWE-597",
          Severity.MEDIUM,
          Confidence.HIGH,
          "String compared by reference",
          "Compare strings with equals() (or Objects.equals when either side may be null);"
              + " == only tells whether both are the same object.");

  // Methods that return a String (usually a fresh one) whatever their receiver is.
  private static final Set<String> STRING_METHODS =
      Set.of(
          "toString",
          "substring",
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "toUpperCase",
          "toLowerCase",
          "concat",
          "replace",
          "replaceAll",
          "replaceFirst",
          "repeat",
          "formatted",
          "valueOf",
          "format",
          "join",
          "readLine",
          "nextLine",
          "getenv");

  @Override
  public String name() {
    return "java-string-identity";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                cu.findAll(BinaryExpr.class, StringIdentityAnalyzer::isIdentityComparison)
                    .forEach(comparison -> check(comparison, findings)));
  }

  private static boolean isIdentityComparison(BinaryExpr expr) {
    return expr.getOperator() == BinaryExpr.Operator.EQUALS
        || expr.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
  }

  private static void check(BinaryExpr comparison, Findings findings) {
    Expression left = unwrap(comparison.getLeft());
    Expression right = unwrap(comparison.getRight());
    if (left.isNullLiteralExpr() || right.isNullLiteralExpr()) {
      return;
    }
    if (isString(left) || isString(right)) {
      int line = comparison.getBegin().map(p -> p.line).orElse(1);
      findings.report(
          RULE,
          line,
          comparison.getEnd().map(p -> p.line).orElse(line),
          "'"
              + CodeExcerpt.of(comparison)
              + "' compares String references; equal text in different objects compares"
              + " unequal.");
    }
  }

  private static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof EnclosedExpr enclosed) {
      current = enclosed.getInner();
    }
    return current;
  }

  private static boolean isString(Expression expression) {
    if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
      return true;
    }
    if (expression instanceof BinaryExpr concat
        && concat.getOperator() == BinaryExpr.Operator.PLUS) {
      return isString(unwrap(concat.getLeft())) || isString(unwrap(concat.getRight()));
    }
    if (expression instanceof NameExpr name) {
      return ScopedDeclarations.resolve(name.getNameAsString(), name)
          .map(ScopedDeclarations.Declaration::isString)
          .orElse(false);
    }
    if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return ScopedDeclarations.resolve(access.getNameAsString(), access)
          .filter(d -> d.kind() == ScopedDeclarations.Kind.FIELD)
          .map(ScopedDeclarations.Declaration::isString)
          .orElse(false);
    }
    if (expression instanceof MethodCallExpr call) {
      return STRING_METHODS.contains(call.getNameAsString()) && isStringReturning(call);
    }
    return false;
  }

  // valueOf/format/join return String only on String itself; Character's case methods return char.
  private static boolean isStringReturning(MethodCallExpr call) {
    String scope = call.getScope().map(Expression::toString).orElse("");
    return switch (call.getNameAsString()) {
      case "valueOf", "format", "join" -> scope.equals("String");
      case "replace" -> call.getArguments().size() == 2;
      case "getenv" -> call.getArguments().size() == 1;
      default -> !scope.equals("Character");
    };
  }
}

package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code ==}/{@code !=} where type coercion changes the answer: literals of different kinds,
 * booleans, falsy values ({@code 0}, {@code ''}) and array/object literals. {@code == null} is the
 * accepted idiom for "null or undefined" and is left alone.
 */
@Component
class LooseEqualityAnalyzer extends ScriptNodeAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.loose-equality",
          "correctness",
          "CWE-1024",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Loose equality with type coercion",
          "Use === / !== so values of different types never compare equal by coercion.");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  LooseEqualityAnalyzer() {
    super("javascript-loose-equality", LANGUAGES, "binary_expression");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode node, Findings findings) {
    TSNode operator = node.getChildByFieldName("operator");
    if (operator.isNull()
        || !(operator.getType().equals("==") || operator.getType().equals("!="))) {
      return;
    }
    String left = kind(tree, node.getChildByFieldName("left"));
    String right = kind(tree, node.getChildByFieldName("right"));
    String problem = problem(left, right);
    if (problem != null) {
      findings.report(
          RULE,
          SyntaxTree.startLine(node),
          "'"
              + CodeExcerpt.of(tree.text(node))
              + "' "
              + problem
              + "; use "
              + operator.getType()
              + "=.");
    }
  }

  private static String problem(String left, String right) {
    if (isNullish(left) || isNullish(right)) {
      return null;
    }
    if (left.equals("boolean") || right.equals("boolean")) {
      return "coerces both sides to numbers (only 1 == true, but also '1' == true)";
    }
    if (sameType(left, right)) {
      return null; // value % 1 == 0, list.length == 0: no coercion between numbers
    }
    if (left.startsWith("falsy") || right.startsWith("falsy")) {
      return "is also true for other falsy-looking values ('' == 0, '0' == 0, [] == 0)";
    }
    if (left.equals("array-or-object") || right.equals("array-or-object")) {
      return "compares with a fresh array/object literal, converted to a primitive";
    }
    if (!left.equals("unknown") && !right.equals("unknown") && !left.equals(right)) {
      return "compares a " + left + " with a " + right + " by coercion";
    }
    return null;
  }

  private static boolean sameType(String left, String right) {
    return left.replace("falsy-", "").equals(right.replace("falsy-", ""))
        && !left.equals("unknown")
        && !left.equals("array-or-object");
  }

  private static boolean isNullish(String kind) {
    return kind.equals("null") || kind.equals("undefined");
  }

  // The literal kind of an operand, "falsy-…" for 0 and '', or "unknown".
  private static String kind(SyntaxTree tree, TSNode operand) {
    if (operand.isNull()) {
      return "unknown";
    }
    String text = tree.text(operand);
    return switch (operand.getType()) {
      case "null" -> "null";
      case "undefined" -> "undefined";
      case "identifier" -> text.equals("undefined") ? "undefined" : "unknown";
      case "true", "false" -> "boolean";
      case "number" -> isZero(text) ? "falsy-number" : "number";
      case "string", "template_string" -> text.length() == 2 ? "falsy-string" : "string";
      case "array", "object" -> "array-or-object";
      case "unary_expression" ->
          text.startsWith("-") || text.startsWith("+") ? "number" : "unknown";
      case "parenthesized_expression" -> kind(tree, operand.getNamedChild(0));
      case "binary_expression" -> isArithmetic(tree, operand) ? "number" : "unknown";
      case "member_expression" -> text.endsWith(".length") ? "number" : "unknown";
      default -> "unknown";
    };
  }

  // value % 1, a * b, n >> 1: always a number (+ may join strings)
  private static boolean isArithmetic(SyntaxTree tree, TSNode binary) {
    TSNode operator = binary.getChildByFieldName("operator");
    return !operator.isNull()
        && Set.of("-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>")
            .contains(operator.getType());
  }

  private static boolean isZero(String number) {
    return number.matches("0+(\\.0*)?|0[xXbBoO]0+|0n");
  }
}

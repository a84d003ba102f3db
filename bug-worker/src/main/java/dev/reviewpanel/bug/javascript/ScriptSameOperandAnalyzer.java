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
 * The same name or property on both sides: {@code x = x}, {@code this.a = this.a}, {@code x === x},
 * {@code a.b < a.b}. {@code x !== x} / {@code x != x} is the NaN test (true only for NaN) and is
 * accepted, and so is its negation on a plain name, {@code x === x} (false only for NaN: lodash's
 * {@code number === number} guard), as are {@code location.href = location.href} and {@code img.src
 * = img.src}, which reload on purpose, and comparisons inside {@code expect}/{@code assert} calls.
 */
@Component
class ScriptSameOperandAnalyzer extends ScriptNodeAnalyzer {

  static final Rule SELF_ASSIGNMENT =
      new Rule(
          "javascript.self-assignment",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Variable assigned to itself",
          "Assign the intended value, usually a parameter of a similar name; a self-assignment"
              + " changes nothing.");

  static final Rule SELF_COMPARISON =
      new Rule(
          "javascript.self-comparison",
          "correctness",
          "CWE-570",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Value compared with itself",
          "Compare with the value that was intended; use Number.isNaN for a NaN test.");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  private static final Set<String> COMPARISONS = Set.of("===", "==", "<", ">", "<=", ">=");

  private static final Set<String> EQUALITY = Set.of("===", "==");

  private static final Set<String> RELOADING_PROPERTIES = Set.of("href", "src");

  ScriptSameOperandAnalyzer() {
    super("javascript-same-operand", LANGUAGES, "assignment_expression", "binary_expression");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode node, Findings findings) {
    TSNode left = node.getChildByFieldName("left");
    TSNode right = node.getChildByFieldName("right");
    if (left.isNull() || right.isNull() || !same(tree, left, right)) {
      return;
    }
    if (node.getType().equals("assignment_expression")) {
      if (!reloads(tree, left)) {
        findings.report(
            SELF_ASSIGNMENT,
            SyntaxTree.startLine(node),
            "'" + CodeExcerpt.of(tree.text(node)) + "' assigns the variable to itself.");
      }
      return;
    }
    TSNode operator = node.getChildByFieldName("operator");
    if (!operator.isNull()
        && COMPARISONS.contains(operator.getType())
        && !isNotNanTest(left, operator)
        && !insideAssertion(tree, node)) {
      findings.report(
          SELF_COMPARISON,
          SyntaxTree.startLine(node),
          "'"
              + CodeExcerpt.of(tree.text(node))
              + "' compares a value with itself, so its result never changes.");
    }
  }

  // Names, this and property chains only: a call or computed key may differ between sides.
  private static boolean same(SyntaxTree tree, TSNode left, TSNode right) {
    return left.getType().equals(right.getType())
        && isPlainReference(left)
        && tree.text(left).replaceAll("\\s+", "").equals(tree.text(right).replaceAll("\\s+", ""));
  }

  // value === value is false only for NaN: the pre-Number.isNaN idiom, written on a local name.
  private static boolean isNotNanTest(TSNode left, TSNode operator) {
    return EQUALITY.contains(operator.getType()) && left.getType().equals("identifier");
  }

  private static boolean isPlainReference(TSNode node) {
    return switch (node.getType()) {
      case "identifier", "this", "property_identifier" -> true;
      case "member_expression" -> isPlainReference(node.getChildByFieldName("object"));
      default -> false;
    };
  }

  private static boolean reloads(SyntaxTree tree, TSNode target) {
    if (!target.getType().equals("member_expression")) {
      return false;
    }
    TSNode property = target.getChildByFieldName("property");
    return !property.isNull() && RELOADING_PROPERTIES.contains(tree.text(property));
  }

  private static boolean insideAssertion(SyntaxTree tree, TSNode node) {
    for (TSNode up = node.getParent(); !up.isNull(); up = up.getParent()) {
      String type = up.getType();
      if (type.equals("call_expression")) {
        TSNode function = up.getChildByFieldName("function");
        String name = function.isNull() ? "" : tree.text(function);
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.startsWith("assert") || name.equals("expect") || last.equals("ok")) {
          return true;
        }
      }
      if (type.contains("function") || type.equals("method_definition")) {
        return false;
      }
    }
    return false;
  }
}

package dev.reviewpanel.bug.python;

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

/** Comparisons with the wrong operator: {@code is} against a literal, {@code ==} against None. */
@Component
class ComparisonAnalyzer extends ScriptNodeAnalyzer {

  static final Rule IS_LITERAL =
      new Rule(
          "python.is-literal",
          "correctness",
          "CWE-595",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Identity comparison with a literal",
          "Use == / != to compare values; 'is' compares object identity, which for strings and"
              + " numbers depends on interning and differs between runs and interpreters.");

  static final Rule NONE_EQUALITY =
      new Rule(
          "python.none-equality",
          "correctness",
          null,
          Severity.LOW,
          Confidence.HIGH,
          "Equality comparison with None",
          "Use 'is None' / 'is not None'; == calls __eq__, which a class may override.");

  private static final Set<String> VALUE_LITERALS =
      Set.of(
          "string",
          "concatenated_string",
          "integer",
          "float",
          "list",
          "dictionary",
          "set",
          "tuple");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  ComparisonAnalyzer() {
    super("python-comparison", LANGUAGES, "comparison_operator");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode node, Findings findings) {
    // In a chain a < b < c every operator sits between two named operands.
    for (int i = 0; i < node.getChildCount(); i++) {
      TSNode operator = node.getChild(i);
      if (operator.isNamed()) {
        continue;
      }
      check(tree, node, operator, findings);
    }
  }

  private static void check(SyntaxTree tree, TSNode comparison, TSNode operator, Findings out) {
    TSNode left = operator.getPrevNamedSibling();
    TSNode right = operator.getNextNamedSibling();
    if (left.isNull() || right.isNull()) {
      return;
    }
    String op = operator.getType();
    int line = SyntaxTree.startLine(comparison);
    if ((op.equals("is") || op.equals("is not")) && (isLiteral(left) || isLiteral(right))) {
      out.report(
          IS_LITERAL,
          line,
          "'"
              + CodeExcerpt.of(tree.text(comparison))
              + "' compares identity with a literal value.");
    } else if ((op.equals("==") || op.equals("!="))
        && (left.getType().equals("none") || right.getType().equals("none"))) {
      out.report(
          NONE_EQUALITY,
          line,
          "'"
              + CodeExcerpt.of(tree.text(comparison))
              + "' should use '"
              + (op.equals("==") ? "is" : "is not")
              + " None'.");
    }
  }

  private static boolean isLiteral(TSNode node) {
    if (node.getType().equals("unary_operator")) {
      return isLiteral(node.getChildByFieldName("argument"));
    }
    return VALUE_LITERALS.contains(node.getType());
  }
}

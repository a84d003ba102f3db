package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * The same name or attribute on both sides: {@code x = x}, {@code self.a = self.a}, {@code x == x},
 * {@code a.b < a.b}. {@code x != x} is the NaN test and is accepted; so are class-body {@code x =
 * x} (it copies an outer name into the class namespace) and comparisons in asserts, where
 * reflexivity of {@code __eq__} is what a test checks.
 */
@Component
class PythonSameOperandAnalyzer extends NamedAnalyzer {

  static final Rule SELF_ASSIGNMENT =
      new Rule(
          "python.self-assignment",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Variable assigned to itself",
          "Assign the intended value, usually a parameter of a similar name; a self-assignment"
              + " changes nothing.");

  static final Rule SELF_COMPARISON =
      new Rule(
          "python.self-comparison",
          "correctness",
          "CWE-570",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Value compared with itself",
          "Compare with the value that was intended; use math.isnan for a NaN test.");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private static final Set<String> COMPARISONS = Set.of("==", "<", ">", "<=", ">=", "is", "is not");

  private final NodeQuery candidates =
      new NodeQuery(LANGUAGES, "assignment", "comparison_operator");

  PythonSameOperandAnalyzer() {
    super("python-same-operand", LANGUAGES);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    candidates.forEach(
        file,
        node -> {
          if (node.getType().equals("assignment")) {
            checkAssignment(tree, node, findings);
          } else {
            checkComparison(tree, node, findings);
          }
        });
  }

  private static void checkAssignment(SyntaxTree tree, TSNode node, Findings findings) {
    TSNode left = node.getChildByFieldName("left");
    TSNode right = node.getChildByFieldName("right");
    if (left.isNull()
        || right.isNull()
        || !same(tree, left, right)
        || inClassBody(node)
        || atModuleLevel(node)) {
      return;
    }
    if (left.getType().equals("identifier") && boundEarlier(tree, node, tree.text(left))) {
      findings.report(
          SELF_ASSIGNMENT.at(Severity.LOW, Confidence.MEDIUM),
          SyntaxTree.startLine(node),
          "'"
              + CodeExcerpt.of(tree.text(node))
              + "' assigns the variable to itself; LOW: the local already holds that value, so"
              + " the line does nothing (a leftover, or a hint for a type checker).");
      return;
    }
    findings.report(
        SELF_ASSIGNMENT,
        SyntaxTree.startLine(node),
        "'" + CodeExcerpt.of(tree.text(node)) + "' assigns the variable to itself.");
  }

  // runner = web.AppRunner(...) ... runner = runner: a no-op on a local the function bound before,
  // where name = name on an unbound name raises and self.x = self.x hides a meant parameter.
  private static boolean boundEarlier(SyntaxTree tree, TSNode node, String name) {
    TSNode function = node.getParent();
    while (!function.isNull() && !function.getType().equals("function_definition")) {
      function = function.getParent();
    }
    if (function.isNull()) {
      return false;
    }
    boolean[] bound = {false};
    SyntaxTree.walk(
        function.getChildByFieldName("body"),
        n -> {
          if (!bound[0]
              && n.getType().equals("assignment")
              && n.getStartByte() < node.getStartByte()
              && tree.text(n.getChildByFieldName("left")).equals(name)) {
            bound[0] = true;
          }
        });
    return bound[0];
  }

  // str = str at module level re-exports a builtin or global under this module's name
  // (compatibility modules: from .compat import str), as a class body's does for the class.
  private static boolean atModuleLevel(TSNode node) {
    for (TSNode up = node.getParent(); !up.isNull(); up = up.getParent()) {
      String type = up.getType();
      if (type.equals("function_definition") || type.equals("lambda")) {
        return false;
      }
    }
    return true;
  }

  private static void checkComparison(SyntaxTree tree, TSNode node, Findings findings) {
    if (insideAssert(tree, node)) {
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      TSNode operator = node.getChild(i);
      if (operator.isNamed() || !COMPARISONS.contains(operator.getType())) {
        continue;
      }
      TSNode left = operator.getPrevNamedSibling();
      TSNode right = operator.getNextNamedSibling();
      if (!left.isNull() && !right.isNull() && same(tree, left, right)) {
        findings.report(
            SELF_COMPARISON,
            SyntaxTree.startLine(node),
            "'"
                + CodeExcerpt.of(tree.text(node))
                + "' compares a value with itself, so its result never changes.");
        return;
      }
    }
  }

  // Names and attribute chains only: a call or subscript with a call may differ between sides.
  private static boolean same(SyntaxTree tree, TSNode left, TSNode right) {
    return left.getType().equals(right.getType())
        && isPlainReference(left)
        && tree.text(left).replaceAll("\\s+", "").equals(tree.text(right).replaceAll("\\s+", ""));
  }

  private static boolean isPlainReference(TSNode node) {
    return switch (node.getType()) {
      case "identifier" -> true;
      case "attribute" -> isPlainReference(node.getChildByFieldName("object"));
      default -> false;
    };
  }

  private static boolean inClassBody(TSNode assignment) {
    TSNode statement = assignment.getParent();
    TSNode block = statement.isNull() ? statement : statement.getParent();
    TSNode owner = block.isNull() ? block : block.getParent();
    return !owner.isNull() && owner.getType().equals("class_definition");
  }

  private static boolean insideAssert(SyntaxTree tree, TSNode node) {
    for (TSNode up = node.getParent(); !up.isNull(); up = up.getParent()) {
      String type = up.getType();
      if (type.equals("assert_statement")) {
        return true;
      }
      if (type.equals("call")) {
        TSNode function = up.getChildByFieldName("function");
        String name = function.isNull() ? "" : tree.text(function);
        if (name.substring(name.lastIndexOf('.') + 1).startsWith("assert")) {
          return true;
        }
      }
      if (type.equals("function_definition")) {
        return false;
      }
    }
    return false;
  }
}

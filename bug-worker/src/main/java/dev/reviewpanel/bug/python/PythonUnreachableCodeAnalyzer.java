package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.DeadStatements;
import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A statement after return, raise, break or continue in the same block, or after an if/elif/else
 * whose every branch leaves, or after {@code while True:} without a break. Python never rejects
 * such code, so it survives until someone wonders why the line never runs.
 */
@Component
class PythonUnreachableCodeAnalyzer extends ScriptNodeAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.unreachable-code",
          "correctness",
          "CWE-561",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Unreachable code",
          "Remove the dead statements or move them before the return/raise/break/continue that"
              + " makes them unreachable.");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private static final Set<String> EXITS =
      Set.of("return_statement", "raise_statement", "break_statement", "continue_statement");

  // Nothing runs for these, so they are not worth a finding even when dead.
  private static final Set<String> INERT = Set.of("comment", "pass_statement");

  PythonUnreachableCodeAnalyzer() {
    super("python-unreachable-code", LANGUAGES, "block", "module");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode body, Findings findings) {
    DeadStatements.reportFirst(
        tree,
        body,
        PythonUnreachableCodeAnalyzer::alwaysLeaves,
        dead -> INERT.contains(dead.getType()) || isYield(dead),
        RULE,
        findings);
  }

  // "return" then "yield" is the idiom for an empty generator: the yield makes it one.
  private static boolean isYield(TSNode statement) {
    return statement.getType().equals("expression_statement")
        && statement.getNamedChildCount() == 1
        && statement.getNamedChild(0).getType().equals("yield");
  }

  private static boolean alwaysLeaves(TSNode statement) {
    String type = statement.getType();
    if (EXITS.contains(type)) {
      return true;
    }
    if (type.equals("if_statement")) {
      return ifAlwaysLeaves(statement);
    }
    if (type.equals("while_statement")) {
      TSNode condition = statement.getChildByFieldName("condition");
      return !condition.isNull()
          && condition.getType().equals("true")
          && statement.getChildByFieldName("alternative").isNull()
          && !breaksOut(statement.getChildByFieldName("body"));
    }
    return false;
  }

  private static boolean ifAlwaysLeaves(TSNode statement) {
    if (!blockLeaves(statement.getChildByFieldName("consequence"))) {
      return false;
    }
    boolean hasElse = false;
    for (int i = 0; i < statement.getNamedChildCount(); i++) {
      TSNode clause = statement.getNamedChild(i);
      if (clause.getType().equals("elif_clause")
          && !blockLeaves(clause.getChildByFieldName("consequence"))) {
        return false;
      }
      if (clause.getType().equals("else_clause")) {
        hasElse = true;
        if (!blockLeaves(clause.getChildByFieldName("body"))) {
          return false;
        }
      }
    }
    return hasElse;
  }

  private static boolean blockLeaves(TSNode block) {
    return DeadStatements.lastLeaves(block, PythonUnreachableCodeAnalyzer::alwaysLeaves);
  }

  // A break in the loop body that is not inside a nested loop (its else clause counts) or function.
  private static boolean breaksOut(TSNode body) {
    if (body.isNull()) {
      return true;
    }
    Deque<TSNode> stack = new ArrayDeque<>();
    stack.push(body);
    while (!stack.isEmpty()) {
      TSNode node = stack.pop();
      switch (node.getType()) {
        case "break_statement" -> {
          return true;
        }
        case "for_statement", "while_statement" -> {
          // for ...: ... else: break -- the else clause is outside the nested loop, so its break
          // leaves the outer one
          for (int i = 0; i < node.getNamedChildCount(); i++) {
            if (node.getNamedChild(i).getType().equals("else_clause")) {
              stack.push(node.getNamedChild(i));
            }
          }
        }
        case "function_definition", "class_definition" -> {}
        default -> {
          for (int i = 0; i < node.getNamedChildCount(); i++) {
            stack.push(node.getNamedChild(i));
          }
        }
      }
    }
    return false;
  }
}

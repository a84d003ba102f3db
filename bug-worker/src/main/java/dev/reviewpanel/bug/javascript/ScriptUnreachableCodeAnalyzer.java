package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.bug.syntax.DeadStatements;
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
 * A statement after return, throw, break or continue in the same block or switch case, or after an
 * if/else whose both branches leave. Hoisted function declarations, type declarations, {@code var
 * x;} without a value and a defensive {@code break} after a return in a switch case do run or mean
 * nothing at run time, and are not reported.
 */
@Component
class ScriptUnreachableCodeAnalyzer extends ScriptNodeAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.unreachable-code",
          "correctness",
          "CWE-561",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Unreachable code",
          "Remove the dead statements or move them before the return/throw/break/continue that"
              + " makes them unreachable.");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  private static final Set<String> EXITS =
      Set.of("return_statement", "throw_statement", "break_statement", "continue_statement");

  private static final Set<String> NOT_EXECUTED =
      Set.of(
          "comment",
          "empty_statement",
          "break_statement",
          "function_declaration",
          "generator_function_declaration",
          "interface_declaration",
          "type_alias_declaration",
          "ambient_declaration");

  ScriptUnreachableCodeAnalyzer() {
    super(
        "javascript-unreachable-code",
        LANGUAGES,
        "statement_block",
        "program",
        "switch_case",
        "switch_default");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode body, Findings findings) {
    DeadStatements.reportFirst(
        tree,
        body,
        ScriptUnreachableCodeAnalyzer::alwaysLeaves,
        dead -> NOT_EXECUTED.contains(dead.getType()) || isBareVar(dead),
        RULE,
        findings);
  }

  private static boolean alwaysLeaves(TSNode statement) {
    String type = statement.getType();
    if (EXITS.contains(type)) {
      return true;
    }
    if (type.equals("statement_block")) {
      return DeadStatements.lastLeaves(statement, ScriptUnreachableCodeAnalyzer::alwaysLeaves);
    }
    // An else-if chain is walked in a loop, not by recursion: chains can be thousands long.
    TSNode branch = statement;
    while (branch.getType().equals("if_statement")) {
      TSNode otherwise = branch.getChildByFieldName("alternative");
      TSNode consequence = branch.getChildByFieldName("consequence");
      if (otherwise.isNull()
          || otherwise.getNamedChildCount() == 0
          || consequence.isNull()
          || !alwaysLeaves(consequence)) {
        return false;
      }
      branch = otherwise.getNamedChild(otherwise.getNamedChildCount() - 1);
      if (!branch.getType().equals("if_statement")) {
        return alwaysLeaves(branch);
      }
    }
    return false;
  }

  // var is hoisted; a declaration without a value changes nothing when skipped.
  private static boolean isBareVar(TSNode statement) {
    if (!statement.getType().equals("variable_declaration")) {
      return false;
    }
    for (int i = 0; i < statement.getNamedChildCount(); i++) {
      TSNode declarator = statement.getNamedChild(i);
      if (declarator.getType().equals("variable_declarator")
          && !declarator.getChildByFieldName("value").isNull()) {
        return false;
      }
    }
    return true;
  }
}

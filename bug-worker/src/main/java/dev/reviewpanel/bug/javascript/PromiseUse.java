package dev.reviewpanel.bug.javascript;

import static dev.reviewpanel.bug.javascript.MissingAwaitAnalyzer.FLOATING_PROMISE;
import static dev.reviewpanel.bug.javascript.MissingAwaitAnalyzer.MISSING_AWAIT;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Set;
import org.treesitter.TSNode;

/** Where the value of one promise-returning call goes, and whether that loses the promise. */
record PromiseUse(SyntaxTree tree, Findings findings) {

  private static final Set<String> TRANSPARENT =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression");
  private static final Set<String> HANDLERS = Set.of("then", "catch", "finally");
  private static final Set<String> VALUE_CONTEXTS =
      Set.of(
          "if_statement",
          "while_statement",
          "binary_expression",
          "ternary_expression",
          "template_substitution",
          "spread_element");

  void check(TSNode call) {
    TSNode expression = outermost(call);
    TSNode parent = expression.getParent();
    String callText = CodeExcerpt.of(tree.text(call));
    switch (parent.getType()) {
      case "expression_statement" ->
          findings.report(
              FLOATING_PROMISE,
              SyntaxTree.startLine(call),
              "'" + callText + "' returns a promise that is neither awaited nor handled.");
      case "member_expression" -> {
        String property = tree.text(parent.getChildByFieldName("property"));
        if (!HANDLERS.contains(property) && AsyncFunctions.insideAsyncFunction(call)) {
          reportMissingAwait(call, "'." + property + "' is read from the pending promise");
        }
      }
      case "variable_declarator" -> checkVariable(call, parent);
      default -> {
        if (VALUE_CONTEXTS.contains(parent.getType())
            || parent.getType().equals("unary_expression") && !isVoid(parent)) {
          if (AsyncFunctions.insideAsyncFunction(call)) {
            reportMissingAwait(call, "the pending promise is used as a value");
          }
        }
      }
    }
  }

  // const r = fetch(u); r.json() — the first use of r decides.
  private void checkVariable(TSNode call, TSNode declarator) {
    if (!AsyncFunctions.insideAsyncFunction(call)) {
      return;
    }
    String name = tree.text(declarator.getChildByFieldName("name"));
    TSNode scope = enclosingFunction(declarator);
    TSNode[] firstUse = {null};
    SyntaxTree.walk(
        scope,
        n -> {
          if (firstUse[0] == null
              && n.getType().equals("identifier")
              && n.getStartByte() >= declarator.getEndByte()
              && tree.text(n).equals(name)) {
            firstUse[0] = n;
          }
        });
    if (firstUse[0] == null) {
      return;
    }
    TSNode useParent = outermost(firstUse[0]).getParent();
    if (useParent.getType().equals("member_expression")
        && !HANDLERS.contains(tree.text(useParent.getChildByFieldName("property")))) {
      reportMissingAwait(
          call,
          "'"
              + name
              + "' holds a pending promise but line "
              + SyntaxTree.startLine(firstUse[0])
              + " reads '"
              + CodeExcerpt.of(tree.text(useParent))
              + "' from it");
    }
  }

  private void reportMissingAwait(TSNode call, String why) {
    findings.report(
        MISSING_AWAIT,
        SyntaxTree.startLine(call),
        "'" + CodeExcerpt.of(tree.text(call)) + "' is not awaited: " + why + ".");
  }

  private boolean isVoid(TSNode unary) {
    return tree.text(unary.getChildByFieldName("operator")).equals("void");
  }

  private static TSNode outermost(TSNode node) {
    TSNode current = node;
    while (TRANSPARENT.contains(current.getParent().getType())) {
      current = current.getParent();
    }
    return current;
  }

  private static TSNode enclosingFunction(TSNode node) {
    for (TSNode n = node.getParent(); !n.isNull(); n = n.getParent()) {
      if (AsyncFunctions.FUNCTION_TYPES.contains(n.getType())) {
        return n;
      }
    }
    return node.getParent();
  }
}

package dev.reviewpanel.bug.javascript;

import static dev.reviewpanel.bug.javascript.MissingAwaitAnalyzer.FLOATING_PROMISE;
import static dev.reviewpanel.bug.javascript.MissingAwaitAnalyzer.MISSING_AWAIT;

import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** Where the value of one promise-returning call goes, and whether that loses the promise. */
record PromiseUse(SyntaxTree tree, Findings findings, AsyncFunctions async) {

  private static final Set<String> TRANSPARENT =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression");
  // a ? p : q, a || p, a ?? p: the promise is the value of the whole expression
  private static final Set<String> PASSING_OPERATORS = Set.of("||", "&&", "??");
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
      case "expression_statement" -> reportFloating(call, parent, callText);
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

  // MEDIUM where the promise's loss is proven to matter: the call is a write, a transaction step
  // or a security check (FailureImpact), or an async function goes on after it as if it were done.
  // A fire-and-forget call with nothing after it (a page-load call, a post-response hook), a call
  // outside any async function, or a call of an async function of this file that awaits nothing
  // (it has settled when it returns) is LOW.
  private void reportFloating(TSNode call, TSNode statement, String callText) {
    TSNode callee = call.getChildByFieldName("function");
    TSNode name =
        callee.getType().equals("member_expression")
            ? callee.getChildByFieldName("property")
            : callee;
    Optional<FailureImpact.Lost> lost = FailureImpact.firstOf(List.of(tree.text(name)));
    boolean goesOn =
        AsyncFunctions.insideAsyncFunction(call)
            && followedInItsFunction(statement)
            && !async.settlesAtOnce(call);
    String message = "'" + callText + "' returns a promise that is neither awaited nor handled";
    Optional<String> failureCallback = failureCallback(call);
    if (failureCallback.isPresent()) {
      findings.report(
          FLOATING_PROMISE.at(Severity.LOW, Confidence.MEDIUM),
          SyntaxTree.startLine(call),
          message
              + " (LOW: it is handed '"
              + failureCallback.get()
              + "', the callback its failure is reported through).");
    } else if (lost.isPresent()) {
      findings.report(
          FLOATING_PROMISE,
          SyntaxTree.startLine(call),
          message + ": " + lost.get().describe() + " may fail unnoticed.");
    } else if (goesOn) {
      findings.report(
          FLOATING_PROMISE,
          SyntaxTree.startLine(call),
          message + ", and the function goes on as if it had completed.");
    } else {
      findings.report(
          FLOATING_PROMISE.at(Severity.LOW, Confidence.MEDIUM),
          SyntaxTree.startLine(call),
          message + " (LOW: fire-and-forget, nothing after it depends on it).");
    }
  }

  // writeIterable(abort, body, ...), readAllBytes(reader, done.resolve, done.reject): a call given
  // the callback its errors go to settles through it; the caller waits on that callback's promise
  // or has handed the error on, so the promise the call returns carries nothing to handle.
  private static final java.util.regex.Pattern FAILURE_CALLBACK =
      java.util.regex.Pattern.compile(
          "(?i)(^|\\.)(reject|abort|onerror|onfailure|fail|failure|failuresteps"
              + "|errorcallback|errback|onabort)$");

  private Optional<String> failureCallback(TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments == null || arguments.isNull()) {
      return Optional.empty();
    }
    for (int i = 0; i < arguments.getNamedChildCount(); i++) {
      TSNode argument = arguments.getNamedChild(i);
      String type = argument.getType();
      String text = tree.text(argument);
      if ((type.equals("identifier") || type.equals("member_expression"))
          && FAILURE_CALLBACK.matcher(text).find()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  // Whether a statement runs after this one in the same function (a later sibling in any block
  // between it and the function's body).
  private static boolean followedInItsFunction(TSNode statement) {
    for (TSNode n = statement; !n.isNull(); n = n.getParent()) {
      if (AsyncFunctions.FUNCTION_TYPES.contains(n.getType())) {
        return false;
      }
      if (!n.getParent().isNull() && n.getParent().getType().equals("statement_block")) {
        for (TSNode next = n.getNextNamedSibling();
            next != null && !next.isNull();
            next = next.getNextNamedSibling()) {
          if (!next.getType().equals("comment")) {
            return true;
          }
        }
      }
    }
    return false;
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

  // Climbs through parentheses and type assertions, and through expressions whose value is the
  // promise itself: a branch of a ternary, the right side of ||, && or ??
  // (await (cached ? local() : this.invoke(f)) awaits either).
  private TSNode outermost(TSNode node) {
    TSNode current = node;
    while (true) {
      TSNode parent = current.getParent();
      if (TRANSPARENT.contains(parent.getType())
          || parent.getType().equals("ternary_expression") && !isField(parent, "condition", current)
          || parent.getType().equals("binary_expression")
              && PASSING_OPERATORS.contains(tree.text(parent.getChildByFieldName("operator")))
              && isField(parent, "right", current)) {
        current = parent;
      } else {
        return current;
      }
    }
  }

  private static boolean isField(TSNode parent, String field, TSNode child) {
    TSNode value = parent.getChildByFieldName(field);
    return !value.isNull()
        && value.getStartByte() == child.getStartByte()
        && value.getEndByte() == child.getEndByte();
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

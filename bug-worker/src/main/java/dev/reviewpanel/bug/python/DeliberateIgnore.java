package dev.reviewpanel.bug.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The shapes of a {@code try} that make a do-nothing handler deliberate: a reason written above it,
 * an error with nowhere to go (a finalizer, another handler), a last message in a {@code close()}
 * whose {@code finally:} closes, a fallback after a try that returns or has an {@code else:}, a
 * loop element left out, or a try that only cleans up.
 */
final class DeliberateIgnore {

  // The last word of a call that only releases something: close(), closer(), os.unlink(path).
  private static final Pattern CLEANUP =
      Pattern.compile(
          "(?i)(^|[._])(close|closer|cleanup|clean_up|release|shutdown|unlink|remove|rmtree|kill"
              + "|terminate|disconnect|flush)$");
  // a method that ends a connection or a session: close(), shutdown(), disconnect(), quit()
  private static final Pattern ENDING = Pattern.compile("^_*(close|shutdown|disconnect|quit)$");

  private DeliberateIgnore() {}

  static boolean isDeliberate(SyntaxTree tree, TSNode tryStatement) {
    if (tryStatement.isNull() || !tryStatement.getType().equals("try_statement")) {
      return false;
    }
    if (explainedAbove(tryStatement)
        || inFinalizerOrHandler(tree, tryStatement)
        || farewell(tree, tryStatement)
        || skipsAnElement(tryStatement)) {
      return true;
    }
    TSNode tried = tryStatement.getChildByFieldName("body");
    List<TSNode> statements = new ArrayList<>();
    for (int i = 0; i < tryStatement.getNamedChildCount(); i++) {
      if (tryStatement.getNamedChild(i).getType().equals("else_clause")) {
        return true;
      }
    }
    for (int i = 0; !tried.isNull() && i < tried.getNamedChildCount(); i++) {
      if (!tried.getNamedChild(i).getType().equals("comment")) {
        statements.add(tried.getNamedChild(i));
      }
    }
    if (statements.isEmpty()) {
      return false;
    }
    TSNode last = statements.get(statements.size() - 1);
    if (last.getType().equals("return_statement")) {
      return true;
    }
    return onlyCleansUp(tree, tried);
  }

  // A specific exception's do-nothing handler is reported only around a write; what excuses it is a
  // reason written in the handler (pass  # best effort) or above the try, or an error that has
  // nowhere to go (a finalizer, a handler).
  static boolean explainedOrNowhereToGo(SyntaxTree tree, TSNode tryStatement) {
    return tryStatement.isNull()
        || !tryStatement.getType().equals("try_statement")
        || explainedAbove(tryStatement)
        || inFinalizerOrHandler(tree, tryStatement)
        || farewell(tree, tryStatement);
  }

  // def close(self): try: self._write_bytes(QUIT) except Exception: pass finally:
  // self._force_close() -- a last message on a connection the method closes whatever happens:
  // if it fails, the close that follows is what the caller asked for
  private static boolean farewell(SyntaxTree tree, TSNode tryStatement) {
    TSNode closes = null;
    for (int i = 0; i < tryStatement.getNamedChildCount(); i++) {
      if (tryStatement.getNamedChild(i).getType().equals("finally_clause")) {
        closes = tryStatement.getNamedChild(i);
      }
    }
    if (closes == null) {
      return false;
    }
    TSNode block = closes.getNamedChild(closes.getNamedChildCount() - 1);
    if (block.isNull() || !block.getType().equals("block") || !onlyCleansUp(tree, block)) {
      return false;
    }
    for (TSNode up = tryStatement.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("function_definition")) {
        TSNode name = up.getChildByFieldName("name");
        return !name.isNull() && ENDING.matcher(tree.text(name)).find();
      }
    }
    return false;
  }

  // For a bare except: the error has nowhere to go (a finalizer, a handler) or the try only cleans
  // up; a reason written above says why failures are ignored, not why Ctrl-C is.
  static boolean nowhereToGo(SyntaxTree tree, TSNode tryStatement) {
    if (tryStatement.isNull() || !tryStatement.getType().equals("try_statement")) {
      return false;
    }
    return inFinalizerOrHandler(tree, tryStatement)
        || onlyCleansUp(tree, tryStatement.getChildByFieldName("body"));
  }

  private static boolean onlyCleansUp(SyntaxTree tree, TSNode tried) {
    List<TSNode> statements = new ArrayList<>();
    for (int i = 0; !tried.isNull() && i < tried.getNamedChildCount(); i++) {
      if (!tried.getNamedChild(i).getType().equals("comment")) {
        statements.add(tried.getNamedChild(i));
      }
    }
    if (statements.size() != 1 || !statements.get(0).getType().equals("expression_statement")) {
      return false;
    }
    TSNode call = statements.get(0).getNamedChild(0);
    if (!call.isNull() && call.getType().equals("await")) {
      call = call.getNamedChild(0);
    }
    return !call.isNull()
        && call.getType().equals("call")
        && CLEANUP.matcher(tree.text(call.getChildByFieldName("function"))).find();
  }

  // while not stopped: try: ... except socket.timeout: pass -- the last statement of a while body:
  // the handler falls through to the next round, which does the same work again
  static boolean endsAPollingLoop(TSNode tryStatement) {
    return endsLoopBody(tryStatement, false);
  }

  // # ignore any exceptions (start_serving logs them)
  // try: ...
  private static boolean explainedAbove(TSNode tryStatement) {
    TSNode before = tryStatement.getPrevNamedSibling();
    return before != null
        && !before.isNull()
        && before.getType().equals("comment")
        && SyntaxTree.startLine(tryStatement) - SyntaxTree.startLine(before) <= 3;
  }

  // An error in __del__ or while already handling an error has nowhere to go: raising from a
  // finalizer only prints a warning, raising from a handler hides the first error.
  private static boolean inFinalizerOrHandler(SyntaxTree tree, TSNode tryStatement) {
    for (TSNode up = tryStatement.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      String type = up.getType();
      if (type.equals("except_clause") || type.equals("finally_clause")) {
        return true;
      }
      if (type.equals("function_definition")) {
        TSNode name = up.getChildByFieldName("name");
        return !name.isNull() && tree.text(name).equals("__del__");
      }
    }
    return false;
  }

  // for key in dir(obj): try: items.append(describe(key)) except Exception: pass -- the handler
  // is the loop's continue: an element that fails is left out, the others are kept
  static boolean skipsAnElement(TSNode tryStatement) {
    return endsLoopBody(tryStatement, true);
  }

  // the try statement is the last statement (comments aside) of a while loop's body, or of a for
  // loop's too when forLoops
  private static boolean endsLoopBody(TSNode tryStatement, boolean forLoops) {
    TSNode block = tryStatement.getParent();
    if (block == null || block.isNull() || !block.getType().equals("block")) {
      return false;
    }
    TSNode loop = block.getParent();
    if (loop == null
        || loop.isNull()
        || !(loop.getType().equals("while_statement")
            || (forLoops && loop.getType().equals("for_statement")))) {
      return false;
    }
    TSNode last = block.getNamedChild(block.getNamedChildCount() - 1);
    while (!last.isNull() && last.getType().equals("comment")) {
      last = last.getPrevNamedSibling();
    }
    return !last.isNull()
        && last.getStartByte() == tryStatement.getStartByte()
        && last.getEndByte() == tryStatement.getEndByte();
  }
}

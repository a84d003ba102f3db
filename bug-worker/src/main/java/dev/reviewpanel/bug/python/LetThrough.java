package dev.reviewpanel.bug.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The shapes of a bare {@code except:} that lets KeyboardInterrupt and SystemExit through after
 * all: an earlier clause of the same try re-raises them ({@code except (ExitNow, KeyboardInterrupt,
 * SystemExit): raise}, also through a tuple the module names), the handler hands the exception on
 * to whoever waits for the result ({@code defer.fail(Failure())}, as {@code sys.exc_info()} does),
 * or the handler ends the process ({@code sys.exit(1)}, or a function of the file that does: a
 * command line printing the error and exiting).
 */
final class LetThrough {

  private static final Set<String> TRAPPED = Set.of("KeyboardInterrupt", "SystemExit");
  private static final Pattern WORD = Pattern.compile("\\w+");
  // twisted's Failure() with no value captures the exception being handled
  private static final Pattern FAILURE = Pattern.compile("(^|\\.)Failure$");
  private static final Pattern EXITS = Pattern.compile("^(sys\\.exit|os\\._exit|exit|quit)$");

  private LetThrough() {}

  static boolean letsThrough(SyntaxTree tree, TSNode clause, TSNode body) {
    return reraisedBefore(tree, clause) || handsOn(tree, body) || exits(tree, body, true);
  }

  // except _reraised_exceptions: raise, then except: -- the clauses before it re-raise both
  private static boolean reraisedBefore(SyntaxTree tree, TSNode clause) {
    Set<String> reraised = new HashSet<>();
    for (TSNode before = clause.getPrevNamedSibling();
        before != null && !before.isNull() && before.getType().equals("except_clause");
        before = before.getPrevNamedSibling()) {
      TSNode caught = before.getChildByFieldName("value");
      TSNode body = lastBlock(before);
      if (!caught.isNull() && body != null && onlyReraises(tree, body)) {
        String names = tree.text(caught);
        reraised.addAll(words(names));
        if (WORD.matcher(names).matches()) {
          reraised.addAll(words(moduleValue(tree, clause, names)));
        }
      }
    }
    return reraised.containsAll(TRAPPED);
  }

  private static boolean onlyReraises(SyntaxTree tree, TSNode body) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      if (statement.getType().equals("raise_statement") && statement.getNamedChildCount() == 0) {
        return true;
      }
      if (!statement.getType().equals("comment")) {
        return false;
      }
    }
    return false;
  }

  private static boolean handsOn(SyntaxTree tree, TSNode body) {
    boolean[] found = {false};
    SyntaxTree.walk(
        body,
        n -> {
          if (!found[0] && n.getType().equals("call")) {
            String callee = tree.text(n.getChildByFieldName("function"));
            found[0] = FAILURE.matcher(callee).find() && !positional(n);
          }
        });
    return found[0];
  }

  // The last statement ends the process: sys.exit(1), raise SystemExit(...), or (one level deep)
  // a call of a function of the module whose own last statement does.
  private static boolean exits(SyntaxTree tree, TSNode body, boolean followCalls) {
    TSNode last = lastStatement(body);
    if (last == null) {
      return false;
    }
    if (last.getType().equals("raise_statement")) {
      return last.getNamedChildCount() > 0
          && tree.text(last.getNamedChild(0)).matches("SystemExit\\b.*");
    }
    if (!last.getType().equals("expression_statement")
        || !last.getNamedChild(0).getType().equals("call")) {
      return false;
    }
    String callee = tree.text(last.getNamedChild(0).getChildByFieldName("function"));
    if (EXITS.matcher(callee).matches()) {
      return true;
    }
    if (!followCalls || !WORD.matcher(callee).matches()) {
      return false;
    }
    TSNode function = moduleFunction(tree, body, callee);
    return function != null && exits(tree, function.getChildByFieldName("body"), false);
  }

  private static boolean positional(TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    for (int i = 0; !arguments.isNull() && i < arguments.getNamedChildCount(); i++) {
      String type = arguments.getNamedChild(i).getType();
      if (!type.equals("keyword_argument") && !type.equals("comment")) {
        return true;
      }
    }
    return false;
  }

  private static TSNode lastStatement(TSNode body) {
    for (int i = body.getNamedChildCount() - 1; i >= 0; i--) {
      if (!body.getNamedChild(i).getType().equals("comment")) {
        return body.getNamedChild(i);
      }
    }
    return null;
  }

  private static TSNode lastBlock(TSNode clause) {
    for (int i = clause.getNamedChildCount() - 1; i >= 0; i--) {
      if (clause.getNamedChild(i).getType().equals("block")) {
        return clause.getNamedChild(i);
      }
    }
    return null;
  }

  // _reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit) at the module's top level
  private static String moduleValue(SyntaxTree tree, TSNode from, String name) {
    TSNode module = module(from);
    for (int i = 0; i < module.getNamedChildCount(); i++) {
      TSNode statement = module.getNamedChild(i);
      if (statement.getType().equals("expression_statement")
          && statement.getNamedChild(0).getType().equals("assignment")) {
        TSNode assignment = statement.getNamedChild(0);
        TSNode right = assignment.getChildByFieldName("right");
        if (tree.text(assignment.getChildByFieldName("left")).equals(name) && !right.isNull()) {
          return tree.text(right);
        }
      }
    }
    return "";
  }

  private static TSNode moduleFunction(SyntaxTree tree, TSNode from, String name) {
    TSNode module = module(from);
    for (int i = 0; i < module.getNamedChildCount(); i++) {
      TSNode statement = module.getNamedChild(i);
      if (statement.getType().equals("function_definition")
          && tree.text(statement.getChildByFieldName("name")).equals(name)) {
        return statement;
      }
    }
    return null;
  }

  private static TSNode module(TSNode from) {
    TSNode up = from;
    for (TSNode parent = up.getParent();
        parent != null && !parent.isNull();
        parent = parent.getParent()) {
      up = parent;
    }
    return up;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    WORD.matcher(text).results().forEach(m -> words.add(m.group()));
    return words;
  }
}

package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A bare {@code except:} (which also catches KeyboardInterrupt and SystemExit) unless it re-raises
 * (also through {@code safe_reraise()} or by handing {@code sys.exc_info()} on), and {@code except
 * BaseException/Exception:} whose body does nothing. A do-nothing handler is deliberate and stays
 * quiet when it says why in a comment, when the try has an {@code else:} for the success path, when
 * the try block ends by returning its result (a failure falls through to the fallback after it:
 * {@code try: return parse(v) except Exception: pass; return default}), and when the try block only
 * closes or cleans up ({@code stream.close()}, {@code closer()}), where an error has nowhere to go.
 * A swallowed failure is MEDIUM only where the try block makes a write, a transaction step or a
 * security check ({@link FailureImpact}); otherwise it is LOW. A specific exception passed over
 * ({@code except KeyError: pass}) is Python's usual way to say "absent is fine" and is reported
 * only around such a write ({@code except PostgresError: pass} after {@code conn.execute("UPDATE
 * ...")}), where the caller goes on as if it had succeeded.
 */
@Component
class BroadExceptAnalyzer implements Analyzer {

  static final Rule BARE_EXCEPT =
      new Rule(
          "python.bare-except",
          "error-handling",
          "CWE-396",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Bare except clause",
          "Catch the exceptions you expect (except ValueError:), or at least except Exception:"
              + " so Ctrl-C and sys.exit() still work.");

  static final Rule SWALLOWED =
      new Rule(
          "python.swallowed-exception",
          "error-handling",
          "CWE-390",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Every exception silently swallowed",
          "Catch specific exceptions and handle or log them; do not pass on every failure.");

  static final Rule EMPTY_CATCH =
      new Rule(
          "python.empty-catch",
          "error-handling",
          "CWE-1069",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Failed write silently ignored",
          "Let the failure propagate, or handle it (roll back, log, report it to the caller);"
              + " if skipping it is intended, say why in a comment.");

  private static final Set<String> BROAD = Set.of("BaseException", "Exception");
  private static final Set<String> NO_OPS = Set.of("pass_statement", "continue_statement");
  // safe_reraise() re-raises on exit; sys.exc_info() hands the exception on (to a future).
  private static final Pattern RERAISING = Pattern.compile("reraise|exc_info$");
  // The last word of a call that only releases something: close(), closer(), os.unlink(path).
  private static final Pattern CLEANUP =
      Pattern.compile(
          "(?i)(^|[._])(close|closer|cleanup|clean_up|release|shutdown|unlink|remove|rmtree|kill"
              + "|terminate|disconnect|flush)$");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private final NodeQuery clauses = new NodeQuery(LANGUAGES, "except_clause");

  @Override
  public String name() {
    return "python-broad-except";
  }

  @Override
  public Set<Language> languages() {
    return LANGUAGES;
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    clauses.forEach(
        file,
        node -> {
          TSNode body = block(node);
          TSNode caught = node.getChildByFieldName("value");
          int line = SyntaxTree.startLine(node);
          if (caught.isNull()) {
            if (body != null && !reraises(tree, body)) {
              findings.report(
                  BARE_EXCEPT, line, "'except:' also traps KeyboardInterrupt and SystemExit.");
            }
          } else if (!BROAD.contains(tree.text(caught))
              && body != null
              && doesNothing(tree, body)
              && !hasComment(body)
              && !explainedOrNowhereToGo(tree, node.getParent())) {
            lost(tree, node.getParent().getChildByFieldName("body"))
                .ifPresent(
                    l ->
                        findings.report(
                            EMPTY_CATCH,
                            line,
                            "'except "
                                + tree.text(caught)
                                + ": pass' drops the failure of "
                                + l.describe()
                                + ": the caller goes on as if it had succeeded."));
          } else if (BROAD.contains(tree.text(caught))
              && body != null
              && doesNothing(tree, body)
              && !hasComment(node)
              && !isDeliberate(tree, node.getParent())) {
            Optional<FailureImpact.Lost> lost =
                lost(tree, node.getParent().getChildByFieldName("body"));
            findings.report(
                lost.isPresent() ? SWALLOWED : SWALLOWED.at(Severity.LOW, Confidence.HIGH),
                line,
                "'except "
                    + tree.text(caught)
                    + "' ignores every failure"
                    + lost.map(l -> ", and with it " + l.describe() + " fails unnoticed.")
                        .orElse(
                            " (LOW: the try block makes no write, transaction step or security"
                                + " check)."));
          }
        });
  }

  // The first call of the try block whose failure matters (FailureImpact): by its name, or a
  // literal statement that changes data handed to it.
  private static Optional<FailureImpact.Lost> lost(SyntaxTree tree, TSNode tried) {
    List<FailureImpact.Lost> found = new ArrayList<>();
    if (tried != null && !tried.isNull()) {
      SyntaxTree.walk(
          tried,
          n -> {
            if (found.isEmpty() && n.getType().equals("call")) {
              String callee = tree.text(n.getChildByFieldName("function"));
              TSNode arguments = n.getChildByFieldName("arguments");
              String first =
                  arguments.isNull() || arguments.getNamedChildCount() == 0
                      ? ""
                      : tree.text(arguments.getNamedChild(0));
              FailureImpact.of(callee, first)
                  .ifPresent(impact -> found.add(new FailureImpact.Lost(callee, impact)));
            }
          });
    }
    return found.stream().findFirst();
  }

  private static TSNode block(TSNode clause) {
    for (int i = clause.getNamedChildCount() - 1; i >= 0; i--) {
      if (clause.getNamedChild(i).getType().equals("block")) {
        return clause.getNamedChild(i);
      }
    }
    return null;
  }

  private static boolean reraises(SyntaxTree tree, TSNode body) {
    boolean[] found = {false};
    SyntaxTree.walk(
        body,
        n ->
            found[0] |=
                n.getType().equals("raise_statement") && n.getNamedChildCount() == 0
                    || n.getType().equals("call")
                        && RERAISING.matcher(tree.text(n.getChildByFieldName("function"))).find());
    return found[0];
  }

  private static boolean hasComment(TSNode clause) {
    boolean[] found = {false};
    SyntaxTree.walk(clause, n -> found[0] |= n.getType().equals("comment"));
    return found[0];
  }

  private static boolean isDeliberate(SyntaxTree tree, TSNode tryStatement) {
    if (tryStatement.isNull() || !tryStatement.getType().equals("try_statement")) {
      return false;
    }
    if (explainedAbove(tryStatement)
        || inFinalizerOrHandler(tree, tryStatement)
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
    if (statements.size() == 1 && last.getType().equals("expression_statement")) {
      TSNode call = last.getNamedChild(0);
      if (!call.isNull() && call.getType().equals("await")) {
        call = call.getNamedChild(0);
      }
      return !call.isNull()
          && call.getType().equals("call")
          && CLEANUP.matcher(tree.text(call.getChildByFieldName("function"))).find();
    }
    return false;
  }

  // A specific exception's do-nothing handler is reported only around a write; what excuses it is a
  // reason written in the handler (pass  # best effort) or above the try, or an error that has
  // nowhere to go (a finalizer, a handler).
  private static boolean explainedOrNowhereToGo(SyntaxTree tree, TSNode tryStatement) {
    return tryStatement.isNull()
        || !tryStatement.getType().equals("try_statement")
        || explainedAbove(tryStatement)
        || inFinalizerOrHandler(tree, tryStatement);
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
  private static boolean skipsAnElement(TSNode tryStatement) {
    TSNode block = tryStatement.getParent();
    if (block == null || block.isNull() || !block.getType().equals("block")) {
      return false;
    }
    TSNode loop = block.getParent();
    if (loop == null
        || loop.isNull()
        || !(loop.getType().equals("for_statement") || loop.getType().equals("while_statement"))) {
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

  private static boolean doesNothing(SyntaxTree tree, TSNode body) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      boolean ellipsis =
          statement.getType().equals("expression_statement") && tree.text(statement).equals("...");
      if (!NO_OPS.contains(statement.getType())
          && !ellipsis
          && !statement.getType().equals("comment")) {
        return false;
      }
    }
    return true;
  }
}

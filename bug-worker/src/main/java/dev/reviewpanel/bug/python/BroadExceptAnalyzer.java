package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
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
 * (also through {@code safe_reraise()} or by handing {@code sys.exc_info()} on) or lets them
 * through otherwise ({@link LetThrough}: an earlier clause re-raises them, the handler hands the
 * exception on or ends the process), and {@code except BaseException/Exception:} whose body does
 * nothing. A do-nothing handler is deliberate and stays quiet when it says why in a comment, when
 * the try has an {@code else:} for the success path, when the try block ends by returning its
 * result (a failure falls through to the fallback after it: {@code try: return parse(v) except
 * Exception: pass; return default}), and when the try block only closes or cleans up ({@code
 * stream.close()}, {@code closer()}), where an error has nowhere to go. A swallowed failure is
 * MEDIUM only where the try block makes a write, a transaction step or a security check ({@link
 * FailureImpact}); otherwise it is LOW. A specific exception passed over ({@code except KeyError:
 * pass}) is Python's usual way to say "absent is fine" and is reported only around such a write
 * ({@code except PostgresError: pass} after {@code conn.execute("UPDATE ...")}), where the caller
 * goes on as if it had succeeded, unless the try ends the body of a {@code while} loop: there
 * {@code pass} goes round again, a retry of the same work ({@code while not stopped: try:
 * drain(timeout=1); notify() except socket.timeout: pass}), where in a {@code for} loop it drops an
 * element.
 */
@Component
class BroadExceptAnalyzer extends NamedAnalyzer {

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
  // "not now" and "the peer is gone": a full non-blocking buffer, a cancelled task, a closed
  // connection. Writing to nobody is no lost write.
  private static final Pattern NOT_A_FAILURE =
      Pattern.compile(
          "BlockingIOError|InterruptedError|CancelledError|StopIteration|\\w*ClosedError"
              + "|BrokenPipeError|ConnectionResetError|ConnectionAbortedError");
  private static final Set<String> NO_OPS = Set.of("pass_statement", "continue_statement");
  // safe_reraise() re-raises on exit; sys.exc_info() hands the exception on (to a future).
  // calls that make a failure visible: a traceback, a log record, a warning
  private static final Pattern REPORTING =
      Pattern.compile(
          "^(traceback\\.print_exc|traceback\\.print_exception|traceback\\.format_exc"
              + "|warnings\\.warn|(\\w+\\.)*(log|logger|logging|_log|_logger|LOG|LOGGER)"
              + "\\.(exception|error|warning|warn|info|debug|critical|log))$");
  private static final Pattern RERAISING = Pattern.compile("reraise|exc_info$");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private final NodeQuery clauses = new NodeQuery(LANGUAGES, "except_clause");

  BroadExceptAnalyzer() {
    super("python-broad-except", LANGUAGES);
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
            if (body != null
                && !reraises(tree, body)
                && !LetThrough.letsThrough(tree, node, body)) {
              bareExcept(tree, node, body, line, findings);
            }
          } else if (!BROAD.contains(tree.text(caught))
              && !NOT_A_FAILURE.matcher(tree.text(caught)).find()
              && body != null
              && onlyPasses(tree, body)
              && !reasonBelow(node)
              && !DeliberateIgnore.explainedOrNowhereToGo(tree, node.getParent())
              && !DeliberateIgnore.endsAPollingLoop(node.getParent())) {
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
              && !DeliberateIgnore.isDeliberate(tree, node.getParent())) {
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

  // What the handler does decides the severity; the harm of the bare form is catching Ctrl-C and
  // sys.exit(). It raises an error of its own: LOW, nothing is lost, only Ctrl-C and sys.exit()
  // come out as that error. The try only cleans up, or runs in a finalizer or another handler:
  // LOW, an error there has nowhere to go (DeliberateIgnore). A loop goes round again through it
  // (continue, or the try ends the loop's body): MEDIUM, Ctrl-C cannot stop the loop; a for loop
  // whose handler reports each failure ends by itself, LOW as below. It reports the failure (a
  // traceback, a log record): LOW, nothing is lost silently. It only
  // ignores the failure (pass, a bare return): LOW, a Ctrl-C pressed there is lost once. It puts
  // a fallback in place of a one-statement conversion of a value in hand (int(val)): LOW, the
  // fallback stands in for the conversion's own error and a Ctrl-C is lost once. Anything else goes
  // on in place of the failure (return 0, size = 0, other work): MEDIUM.
  private static void bareExcept(
      SyntaxTree tree, TSNode clause, TSNode body, int line, Findings findings) {
    if (raisesItsOwn(body)) {
      findings.report(
          BARE_EXCEPT.at(Severity.LOW, Confidence.HIGH),
          line,
          "'except:' turns KeyboardInterrupt and SystemExit into the error it raises (LOW: the"
              + " failure is raised, not swallowed).");
    } else if (DeliberateIgnore.nowhereToGo(tree, clause.getParent())) {
      findings.report(
          BARE_EXCEPT.at(Severity.LOW, Confidence.HIGH),
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit (LOW: the try only cleans up,"
              + " or runs in a finalizer or a handler, where an error has nowhere to go).");
    } else if (goesRound(clause, body)
        && (!reports(tree, body) || DeliberateIgnore.endsAPollingLoop(clause.getParent()))) {
      findings.report(
          BARE_EXCEPT,
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit, and the loop goes round again"
              + " through it: Ctrl-C cannot stop the loop (MEDIUM).");
    } else if (reports(tree, body)) {
      findings.report(
          BARE_EXCEPT.at(Severity.LOW, Confidence.HIGH),
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit (LOW: the handler reports the"
              + " failure, a traceback or a log line, so nothing is lost silently; name the"
              + " exceptions meant, or 'except Exception:', to let Ctrl-C through).");
    } else if (onlyIgnores(tree, body)) {
      findings.report(
          BARE_EXCEPT.at(Severity.LOW, Confidence.HIGH),
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit (LOW: the handler only ignores"
              + " the failure of the guarded statements and makes up no result, and no loop goes"
              + " round again through it: a Ctrl-C pressed there is lost once).");
    } else if (InMemoryConversion.only(tree, clause.getParent().getChildByFieldName("body"))) {
      findings.report(
          BARE_EXCEPT.at(Severity.LOW, Confidence.HIGH),
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit (LOW: the try block only converts"
              + " a value in hand, so the fallback stands in for the conversion's own error, and a"
              + " Ctrl-C pressed during that one statement is lost once; name the exceptions meant,"
              + " e.g. 'except (TypeError, ValueError):').");
    } else {
      findings.report(
          BARE_EXCEPT,
          line,
          "'except:' also traps KeyboardInterrupt and SystemExit, and the handler goes on in"
              + " their place"
              + (substitutes(body) ? " with a result of its own" : "")
              + " (MEDIUM).");
    }
  }

  // except: continue, or a handler that ends a loop's body: every round catches Ctrl-C
  private static boolean goesRound(TSNode clause, TSNode body) {
    return DeliberateIgnore.skipsAnElement(clause.getParent()) || has(body, "continue_statement");
  }

  // traceback.print_exc(), logger.exception(...), log.warning(...), print(..., file=sys.stderr),
  // warnings.warn(...): the handler makes the failure visible
  private static boolean reports(SyntaxTree tree, TSNode body) {
    boolean[] found = {false};
    SyntaxTree.walk(
        body,
        n -> {
          if (!found[0] && n.getType().equals("call")) {
            String callee = tree.text(n.getChildByFieldName("function"));
            found[0] =
                REPORTING.matcher(callee).find()
                    || callee.equals("print") && tree.text(n).contains("stderr");
          }
        });
    return found[0];
  }

  // pass, ..., a bare return, comments: the failure is ignored, no value is made up
  private static boolean onlyIgnores(SyntaxTree tree, TSNode body) {
    return every(
        body,
        statement ->
            inert(tree, statement)
                || statement.getType().equals("return_statement") && !has(statement, "expression"));
  }

  // return 0, size = 0: the handler makes up the value the guarded code was to produce
  private static boolean substitutes(TSNode body) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      if (statement.getType().equals("return_statement") && has(statement, "expression")
          || statement.getType().equals("expression_statement")
              && statement.getNamedChildCount() > 0
              && statement.getNamedChild(0).getType().equals("assignment")) {
        return true;
      }
    }
    return false;
  }

  // a direct child of that type (an "expression": any child but a comment)
  private static boolean has(TSNode node, String type) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      String child = node.getNamedChild(i).getType();
      if (type.equals("expression") ? !child.equals("comment") : child.equals(type)) {
        return true;
      }
    }
    return false;
  }

  // raise SSHException("...") as the handler's own statement (not inside a nested function)
  private static boolean raisesItsOwn(TSNode body) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      if (statement.getType().equals("raise_statement") && statement.getNamedChildCount() > 0) {
        return true;
      }
    }
    return false;
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

  // a comment in the handler, below the except line (one on the except line is a label)
  private static boolean reasonBelow(TSNode clause) {
    int line = SyntaxTree.startLine(clause);
    boolean[] found = {false};
    SyntaxTree.walk(
        clause, n -> found[0] |= n.getType().equals("comment") && SyntaxTree.startLine(n) > line);
    return found[0];
  }

  private static boolean hasComment(TSNode clause) {
    boolean[] found = {false};
    SyntaxTree.walk(clause, n -> found[0] |= n.getType().equals("comment"));
    return found[0];
  }

  // pass (or ...) alone: a continue after a failed write is a retry, not a drop
  private static boolean onlyPasses(SyntaxTree tree, TSNode body) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      if (statement.getType().equals("continue_statement")) {
        return false;
      }
    }
    return doesNothing(tree, body);
  }

  private static boolean doesNothing(SyntaxTree tree, TSNode body) {
    return every(body, statement -> inert(tree, statement) || NO_OPS.contains(statement.getType()));
  }

  // pass, ..., a comment: a statement that does nothing
  private static boolean inert(SyntaxTree tree, TSNode statement) {
    String type = statement.getType();
    return type.equals("pass_statement")
        || type.equals("comment")
        || type.equals("expression_statement") && tree.text(statement).equals("...");
  }

  private static boolean every(TSNode body, java.util.function.Predicate<TSNode> test) {
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      if (!test.test(body.getNamedChild(i))) {
        return false;
      }
    }
    return true;
  }
}

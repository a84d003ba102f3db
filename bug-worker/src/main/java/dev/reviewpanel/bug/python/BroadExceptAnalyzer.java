package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A bare {@code except:} (which also catches KeyboardInterrupt and SystemExit) unless it re-raises,
 * and {@code except BaseException/Exception:} whose body does nothing.
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

  private static final Set<String> BROAD = Set.of("BaseException", "Exception");
  private static final Set<String> NO_OPS = Set.of("pass_statement", "continue_statement");

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
            if (body != null && !reraises(body)) {
              findings.report(
                  BARE_EXCEPT, line, "'except:' also traps KeyboardInterrupt and SystemExit.");
            }
          } else if (BROAD.contains(tree.text(caught)) && body != null && doesNothing(tree, body)) {
            findings.report(
                SWALLOWED, line, "'except " + tree.text(caught) + "' ignores every failure.");
          }
        });
  }

  private static TSNode block(TSNode clause) {
    for (int i = clause.getNamedChildCount() - 1; i >= 0; i--) {
      if (clause.getNamedChild(i).getType().equals("block")) {
        return clause.getNamedChild(i);
      }
    }
    return null;
  }

  private static boolean reraises(TSNode body) {
    boolean[] found = {false};
    SyntaxTree.walk(
        body,
        n -> found[0] |= n.getType().equals("raise_statement") && n.getNamedChildCount() == 0);
    return found[0];
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

package dev.reviewpanel.bug.javascript;

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
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * An empty {@code catch {}} block or {@code .catch(() => {})} handler. A block that holds only a
 * comment is a documented decision and is accepted, as in the Java analyzer, and so are two
 * deliberate ignores: a catch variable named for it ({@code ignored}, {@code errIgnore}, {@code
 * _}), and a fallback, where the try block ends by returning its result and a failure falls through
 * to the code after it ({@code try { return JSON.parse(s); } catch (e) {} return s;}: feature
 * detection and optional parsing). What is reported is MEDIUM only where the guarded code makes a
 * write, a transaction step or a security check ({@link FailureImpact}); otherwise it is LOW.
 */
@Component
class EmptyCatchAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.empty-catch",
          "error-handling",
          "CWE-1069",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Empty catch block",
          "Handle or log the error, or rethrow it; if ignoring it is intended, say why in a"
              + " comment.");

  private static final Set<String> FUNCTIONS =
      Set.of("arrow_function", "function_expression", "function");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  private final NodeQuery candidates = new NodeQuery(LANGUAGES, "catch_clause", "call_expression");

  EmptyCatchAnalyzer() {
    super("javascript-empty-catch", LANGUAGES);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    candidates.forEach(
        file,
        node -> {
          if (node.getType().equals("catch_clause")
              && isEmptyBlock(node.getChildByFieldName("body"))
              && !namedIgnored(tree, node)
              && !isFallback(node)) {
            TSNode tried = node.getParent().getChildByFieldName("body");
            report(
                findings,
                SyntaxTree.startLine(node),
                "The catch block is empty: the error is lost",
                lost(tree, tried));
          } else if (node.getType().equals("call_expression") && isEmptyPromiseCatch(tree, node)) {
            report(
                findings,
                SyntaxTree.startLine(node.getChildByFieldName("arguments")),
                "The .catch() handler is empty: the rejection is silently dropped",
                lost(tree, node.getChildByFieldName("function").getChildByFieldName("object")));
          }
        });
  }

  // MEDIUM only where the lost failure is a write, a transaction step or a security check; an
  // empty catch around a feature probe, optional parsing or a no-op handler is a LOW smell.
  private static void report(
      Findings findings, int line, String what, Optional<FailureImpact.Lost> lost) {
    findings.report(
        lost.isPresent() ? RULE : RULE.at(Severity.LOW, Confidence.HIGH),
        line,
        what
            + lost.map(l -> ", and with it " + l.describe() + " fails unnoticed.")
                .orElse(
                    " (LOW: the guarded code makes no write, transaction step or security"
                        + " check)."));
  }

  // The first call in the guarded code whose failure matters (FailureImpact).
  private static Optional<FailureImpact.Lost> lost(SyntaxTree tree, TSNode guarded) {
    List<String> callees = new ArrayList<>();
    if (guarded != null && !guarded.isNull()) {
      SyntaxTree.walk(
          guarded,
          n -> {
            if (n.getType().equals("call_expression")) {
              TSNode callee = n.getChildByFieldName("function");
              TSNode property =
                  callee.getType().equals("member_expression")
                      ? callee.getChildByFieldName("property")
                      : callee;
              callees.add(tree.text(property));
            }
          });
    }
    return FailureImpact.firstOf(callees);
  }

  private static boolean namedIgnored(SyntaxTree tree, TSNode clause) {
    TSNode parameter = clause.getChildByFieldName("parameter");
    if (parameter.isNull()) {
      return false;
    }
    String name = tree.text(parameter).toLowerCase(java.util.Locale.ROOT);
    return name.equals("_") || name.contains("ignore");
  }

  // try { ...; return value; } catch (e) {}: the failure falls through to the code after it.
  private static boolean isFallback(TSNode clause) {
    TSNode statement = clause.getParent();
    if (statement.isNull() || !statement.getType().equals("try_statement")) {
      return false;
    }
    TSNode body = statement.getChildByFieldName("body");
    for (int i = body.isNull() ? -1 : body.getNamedChildCount() - 1; i >= 0; i--) {
      TSNode last = body.getNamedChild(i);
      if (!last.getType().equals("comment")) {
        return last.getType().equals("return_statement");
      }
    }
    return false;
  }

  private static boolean isEmptyPromiseCatch(SyntaxTree tree, TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    TSNode arguments = call.getChildByFieldName("arguments");
    if (!callee.getType().equals("member_expression")
        || !tree.text(callee.getChildByFieldName("property")).equals("catch")
        || arguments.isNull()
        || arguments.getNamedChildCount() != 1) {
      return false;
    }
    TSNode handler = arguments.getNamedChild(0);
    return FUNCTIONS.contains(handler.getType())
        && isEmptyBlock(handler.getChildByFieldName("body"));
  }

  private static boolean isEmptyBlock(TSNode block) {
    return !block.isNull()
        && block.getType().equals("statement_block")
        && block.getNamedChildCount() == 0;
  }
}

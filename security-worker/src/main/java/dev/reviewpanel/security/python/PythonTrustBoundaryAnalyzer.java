package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Trust boundary violation (CWE-501) in Python: request data stored in the session ({@code
 * session[key] = value}, Flask's or Django's {@code request.session}), where later code trusts it.
 */
@Component
public class PythonTrustBoundaryAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "python.trust-boundary",
          "trust-boundary",
          "CWE-501",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Trust boundary violation",
          "Validate request data before it enters the session, and store what you looked up, not"
              + " what the client sent.");

  private static final Set<String> SESSIONS = Set.of("session", "flask.session", "request.session");

  @Override
  public String name() {
    return "python-trust-boundary";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.PYTHON);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    PythonTaint taint = new PythonTaint(tree, PythonValues.of(tree, nodes), nodes, false);
    nodes.forEach(
        (node, type) -> {
          if (type.equals("assignment")) {
            inspect(node, tree, taint, findings);
          }
        });
  }

  private static void inspect(TSNode node, SyntaxTree tree, PythonTaint taint, Findings findings) {
    if (!node.getType().equals("assignment")) {
      return;
    }
    TSNode left = node.getChildByFieldName("left");
    TSNode right = node.getChildByFieldName("right");
    if (left.isNull() || right.isNull() || !left.getType().equals("subscript")) {
      return;
    }
    TSNode target = left.getChildByFieldName("value");
    TSNode key = left.getChildByFieldName("subscript");
    if (!target.isNull()
        && SESSIONS.contains(tree.text(target))
        && (taint.isTainted(right) || (!key.isNull() && taint.isTainted(key)))) {
      PythonAnalyzer.report(
          findings,
          RULE,
          node,
          "Trust boundary violation (CWE-501): request data → " + tree.text(target) + "[...].");
    }
  }
}

package dev.reviewpanel.security.javascript;

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
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Trust boundary violation (CWE-501) in JavaScript/TypeScript: request data stored in the session
 * ({@code req.session.x = ...}, {@code ctx.session.x = ...}), where later code trusts it.
 */
@Component
public class JsTrustBoundaryAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "javascript.trust-boundary",
          "trust-boundary",
          "CWE-501",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Trust boundary violation",
          "Validate request data before it enters the session, and store what you looked up, not"
              + " what the client sent.");

  private static final Pattern SESSION = Pattern.compile("^(req|request|ctx)\\.session\\b.*");

  @Override
  public String name() {
    return "js-trust-boundary";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    JsTaint taint = new JsTaint(tree, JsValues.of(tree, nodes), nodes, false);
    nodes.forEach(
        (node, type) -> {
          if (type.equals("assignment_expression")) {
            inspect(node, tree, taint, findings);
          }
        });
  }

  private static void inspect(TSNode node, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (!node.getType().equals("assignment_expression")) {
      return;
    }
    TSNode left = node.getChildByFieldName("left");
    String target = tree.text(left);
    if (SESSION.matcher(target).matches()
        && !target.matches("^\\w+\\.session$")
        && taint.isTainted(node.getChildByFieldName("right"))) {
      JsAnalyzer.report(
          findings,
          RULE,
          node,
          "Trust boundary violation (CWE-501): request data → " + target + ".");
    }
  }
}

package dev.reviewpanel.security.javascript;

import dev.reviewpanel.worker.analysis.Analyzer;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Language;
import dev.reviewpanel.worker.analysis.ParsedFile;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Set;
import org.treesitter.TSNode;

/** A JavaScript/TypeScript analyzer that looks at every node of a file in one walk. */
abstract class JsAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    JsValues values = new JsValues(tree);
    tree.walk(node -> inspect(node, tree, values, findings));
  }

  abstract void inspect(TSNode node, SyntaxTree tree, JsValues values, Findings findings);

  static void report(Findings findings, Rule rule, TSNode node, String message) {
    findings.report(rule, SyntaxTree.startLine(node), SyntaxTree.endLine(node), message);
  }
}

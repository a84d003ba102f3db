package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Set;
import org.treesitter.TSNode;

/** A JavaScript/TypeScript analyzer over every call that knows which values carry request data. */
abstract class JsTaintAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    JsValues values = JsValues.of(tree, nodes);
    JsTaint taint = new JsTaint(tree, values, nodes, untrustedEntryPoints());
    JsCalls calls = JsCalls.of(tree, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      if (values.isDead(nodes.node(i))) {
        continue;
      }
      calls.at(i).ifPresent(call -> inspect(call, tree, taint, findings));
      inspectNode(nodes.node(i), nodes.type(i), tree, taint, findings);
    }
  }

  /** Looks at a node that is not necessarily a call (an assignment sink, say); none by default. */
  void inspectNode(TSNode node, String type, SyntaxTree tree, JsTaint taint, Findings findings) {}

  /**
   * True when the environment, the command line and the parameters of functions no code of the file
   * calls count as untrusted too, not only request data: for sinks where any outside input is
   * dangerous (a shell, SQL).
   */
  boolean untrustedEntryPoints() {
    return false;
  }

  abstract void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings);

  static void report(
      Findings findings, dev.reviewpanel.code.analysis.Rule rule, TSNode node, String message) {
    JsAnalyzer.report(findings, rule, node, message);
  }
}

package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Set;
import org.treesitter.TSNode;

/** A Python analyzer that looks at every call of a file in one walk. */
abstract class PythonAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.PYTHON);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    PythonValues values = PythonValues.of(tree, nodes);
    PythonCalls.of(tree, nodes)
        .forEach(
            call -> {
              if (!values.isDead(call.node())) {
                inspect(call, tree, values, findings);
              }
            });
  }

  abstract void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings);

  static void report(Findings findings, Rule rule, TSNode node, String message) {
    findings.report(rule, SyntaxTree.startLine(sinkStart(node)), SyntaxTree.endLine(node), message);
  }

  // In a chain spread over lines (query\n .filter(...)\n .raw(sql)), the sink is its method name.
  private static TSNode sinkStart(TSNode node) {
    if (!node.getType().equals("call")) {
      return node;
    }
    TSNode function = node.getChildByFieldName("function");
    if (function.isNull() || !function.getType().equals("attribute")) {
      return node;
    }
    TSNode attribute = function.getChildByFieldName("attribute");
    return attribute.isNull() ? node : attribute;
  }
}

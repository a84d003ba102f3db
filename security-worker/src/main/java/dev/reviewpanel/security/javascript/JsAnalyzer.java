package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Optional;
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
    TreeNodes nodes = TreeNodes.of(file);
    JsValues values = JsValues.of(tree, nodes);
    JsCalls calls = JsCalls.of(tree, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      if (!values.isDead(nodes.node(i))) {
        inspect(nodes.node(i), nodes.type(i), calls.at(i), tree, values, findings);
      }
    }
  }

  /** Looks at one node of the file, given its type and, when it is a call, the call. */
  abstract void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings);

  static void report(Findings findings, Rule rule, TSNode node, String message) {
    findings.report(rule, SyntaxTree.startLine(sinkStart(node)), SyntaxTree.endLine(node), message);
  }

  // In a chain spread over lines (qb\n .where(sql)), the sink is where its method name is.
  private static TSNode sinkStart(TSNode node) {
    if (!node.getType().equals("call_expression")) {
      return node;
    }
    TSNode function = node.getChildByFieldName("function");
    if (function.isNull() || !function.getType().equals("member_expression")) {
      return node;
    }
    TSNode property = function.getChildByFieldName("property");
    return property.isNull() ? node : property;
  }
}

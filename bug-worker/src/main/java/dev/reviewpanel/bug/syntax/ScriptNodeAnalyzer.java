package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A tree-sitter analyzer that looks at the nodes of some types, one at a time, from the file's one
 * shared walk ({@link NodeQuery}): the walk is written here once, and each check is only what it
 * looks for.
 */
public abstract class ScriptNodeAnalyzer extends NamedAnalyzer {

  private final NodeQuery nodes;

  /**
   * @param nodeTypes the tree-sitter node types the check looks at, e.g. {@code "comparison"}
   */
  protected ScriptNodeAnalyzer(String name, Set<Language> languages, String... nodeTypes) {
    super(name, languages);
    this.nodes = new NodeQuery(languages, nodeTypes);
  }

  @Override
  public final void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    nodes.forEach(file, node -> check(tree, node, findings));
  }

  /** Reports what {@code node}, one of the selected types, shows to {@code findings}. */
  protected abstract void check(SyntaxTree tree, TSNode node, Findings findings);
}

package dev.reviewpanel.code.analysis;

import com.github.javaparser.ast.Node;
import java.util.Set;

/**
 * A Java analyzer that looks at every node of one type in the file's shared parse, one at a time:
 * the walk is written here once, and each check is only what it looks for.
 *
 * @param <N> the syntax node type the check looks at, e.g. a method call
 */
public abstract class JavaNodeAnalyzer<N extends Node> extends NamedAnalyzer {

  private final Class<N> nodeType;

  protected JavaNodeAnalyzer(String name, Class<N> nodeType) {
    super(name, Set.of(Language.JAVA));
    this.nodeType = nodeType;
  }

  @Override
  public final void analyze(ParsedFile file, Findings findings) {
    for (N node : JavaNodes.of(file, nodeType)) {
      check(node, findings);
    }
  }

  /** Reports what {@code node} shows to {@code findings}. */
  protected abstract void check(N node, Findings findings);
}

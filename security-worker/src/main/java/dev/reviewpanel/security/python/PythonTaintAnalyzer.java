package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** A Python analyzer over every call of a file that also knows which values carry request data. */
abstract class PythonTaintAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.PYTHON);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    PythonValues values = PythonValues.of(tree, nodes);
    PythonTaint taint = new PythonTaint(tree, values, nodes, untrustedEntryPoints());
    PythonCalls.of(tree, nodes)
        .forEach(
            call -> {
              if (!values.isDead(call.node())) {
                inspect(call, tree, taint, findings);
              }
            });
  }

  /**
   * True when the environment, the command line and the parameters of functions no code of the file
   * calls count as untrusted too, not only request data: for sinks where any outside input is
   * dangerous (a shell, SQL, code).
   */
  boolean untrustedEntryPoints() {
    return false;
  }

  abstract void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings);

  /** Positional argument {@code index}, or keyword {@code keyword} when passed by name. */
  static Optional<TSNode> argument(PythonCall call, int index, String keyword, SyntaxTree tree) {
    return call.argument(index).or(() -> call.keyword(keyword, tree));
  }

  static void report(
      Findings findings, dev.reviewpanel.code.analysis.Rule rule, TSNode node, String message) {
    PythonAnalyzer.report(findings, rule, node, message);
  }
}

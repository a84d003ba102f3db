package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code new RegExp(...)} inside a loop or array callback compiles a pattern per iteration; regex
 * literals are compiled once per site by the engine and are not flagged, nor is a loop over a
 * handful of literals written in place ({@code ['fs', 'path', 'url'].forEach(...)} in a build
 * script): it compiles a fixed few patterns. Nor is {@code new RegExp(/\[/g)}: a copy of a regex
 * literal is what evaluating that literal in the loop makes, a new object of a pattern fixed at the
 * site.
 */
@Component
public class RegExpInLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.regex-in-loop",
          "regex",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "RegExp constructed inside a loop",
          "Build the RegExp once before the loop (or use a regex literal) and reuse it; mind"
              + " lastIndex when reusing a /g regex with test() or exec().");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("new_expression", "call_expression");

  public RegExpInLoopAnalyzer() {
    super("js-regex-in-loop", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (constructsRegExp(tree, node, nodeType)
                  && !kept(tree, node)
                  && !copiesALiteral(node)) {
                ScriptLoops.enclosing(tree, node, true)
                    .filter(loop -> !ScriptLoops.overSmallConstantList(loop))
                    .ifPresent(
                        loop ->
                            findings.report(
                                RULE,
                                SyntaxTree.startLine(node),
                                "RegExp(...) compiles a pattern on every iteration of the loop at line %d"
                                    .formatted(SyntaxTree.startLine(loop))));
              }
            });
  }

  private static final Set<String> STORING = Set.of("push", "unshift", "set", "add");

  // Each item's own pattern compiled once and kept for later (patterns.push(new RegExp(item)),
  // table[name] = new RegExp(item), items.map(i => new RegExp(i))): a table is built, nothing is
  // compiled twice.
  private static boolean kept(SyntaxTree tree, TSNode node) {
    TSNode parent = node.getParent();
    if (parent == null || parent.isNull()) {
      return false;
    }
    if (parent.getType().equals("arguments")) {
      TSNode call = parent.getParent();
      TSNode callee = call.isNull() ? call : call.getChildByFieldName("function");
      if (!callee.isNull() && callee.getType().equals("member_expression")) {
        String method = tree.text(callee.getChildByFieldName("property"));
        return STORING.contains(method);
      }
      return false;
    }
    if (parent.getType().equals("assignment_expression")) {
      TSNode left = parent.getChildByFieldName("left");
      return !left.isNull()
          && (left.getType().equals("member_expression")
              || left.getType().equals("subscript_expression"));
    }
    if (parent.getType().equals("arrow_function")) {
      TSNode call = parent.getParent().getParent();
      TSNode callee = call.isNull() ? call : call.getChildByFieldName("function");
      return !callee.isNull()
          && callee.getType().equals("member_expression")
          && tree.text(callee.getChildByFieldName("property")).equals("map");
    }
    return false;
  }

  // new RegExp(/\[/g), new RegExp(/\]/, 'g'): the pattern is a literal's, fixed where it is written
  private static boolean copiesALiteral(TSNode node) {
    TSNode arguments = node.getChildByFieldName("arguments");
    return !arguments.isNull()
        && arguments.getNamedChildCount() > 0
        && arguments.getNamedChild(0).getType().equals("regex");
  }

  private static boolean constructsRegExp(SyntaxTree tree, TSNode node, String type) {
    TSNode callee =
        type.equals("new_expression")
            ? node.getChildByFieldName("constructor")
            : type.equals("call_expression") ? node.getChildByFieldName("function") : null;
    return callee != null && !callee.isNull() && tree.text(callee).equals("RegExp");
  }
}

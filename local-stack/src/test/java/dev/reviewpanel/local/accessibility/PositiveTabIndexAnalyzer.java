package dev.reviewpanel.local.accessibility;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Flags {@code element.tabIndex = n} with n > 0, which breaks the natural keyboard order. */
@Component
class PositiveTabIndexAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "javascript.positive-tabindex",
          "accessibility",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Positive tabIndex",
          "Use tabIndex 0 or -1 and order elements in the DOM instead.");

  @Override
  public String name() {
    return "javascript-positive-tabindex";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    tree.walk(
        node -> {
          if (!node.getType().equals("assignment_expression")) {
            return;
          }
          var left = node.getChildByFieldName("left");
          var right = node.getChildByFieldName("right");
          if (left.isNull() || right.isNull() || !right.getType().equals("number")) {
            return;
          }
          if (tree.text(left).endsWith(".tabIndex") && Double.parseDouble(tree.text(right)) > 0) {
            findings.report(
                RULE, SyntaxTree.startLine(node), "tabIndex set to " + tree.text(right));
          }
        });
  }
}

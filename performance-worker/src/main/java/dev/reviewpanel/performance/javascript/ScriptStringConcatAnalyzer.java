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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A string declared before a loop and grown with {@code +=} inside it. Engines use ropes, so the
 * cost shows up later as repeated flattening and garbage: lower severity than in Java.
 */
@Component
public class ScriptStringConcatAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.string-concat-in-loop",
          "allocation",
          null,
          Severity.LOW,
          Confidence.MEDIUM,
          "String built by concatenation inside a loop",
          "Push the parts into an array and join('') once after the loop, or build the result"
              + " with items.map(...).join('').");

  private static final Set<String> STRING_VALUES = Set.of("string", "template_string");

  private record Growth(TSNode node, String name, TSNode loop) {}

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED =
      Set.of("variable_declarator", "augmented_assignment_expression", "assignment_expression");

  public ScriptStringConcatAnalyzer() {
    super("js-string-concat-in-loop", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Map<String, List<Integer>> strings = new HashMap<>();
    Map<String, List<Integer>> declared = new HashMap<>();
    List<Growth> growths = new ArrayList<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              String type = nodeType;
              if (type.equals("variable_declarator")) {
                TSNode name = node.getChildByFieldName("name");
                TSNode value = node.getChildByFieldName("value");
                String key = ScriptScopeKey.of(node) + "#" + tree.text(name);
                declared.computeIfAbsent(key, k -> new ArrayList<>()).add(node.getStartByte());
                if (!value.isNull() && STRING_VALUES.contains(value.getType())) {
                  strings.computeIfAbsent(key, k -> new ArrayList<>()).add(node.getStartByte());
                }
              } else if (type.equals("augmented_assignment_expression")
                  || type.equals("assignment_expression")) {
                TSNode left = node.getChildByFieldName("left");
                if (!left.isNull()
                    && left.getType().equals("identifier")
                    && grows(tree, node, tree.text(left))) {
                  ScriptLoops.enclosing(tree, node, true)
                      .ifPresent(loop -> growths.add(new Growth(node, tree.text(left), loop)));
                }
              }
            });
    for (Growth growth : growths) {
      String key = ScriptScopeKey.of(growth.loop()) + "#" + growth.name();
      // Appending a string literal makes the variable a string whatever it started as.
      Map<String, List<Integer>> known = appendsText(growth.node()) ? declared : strings;
      if (known.getOrDefault(key, List.of()).stream()
          .anyMatch(start -> start < growth.loop().getStartByte())) {
        findings.report(
            RULE,
            SyntaxTree.startLine(growth.node()),
            "string '%s' is re-built on every iteration of the loop at line %d"
                .formatted(growth.name(), SyntaxTree.startLine(growth.loop())));
      }
    }
  }

  private static boolean appendsText(TSNode assignment) {
    TSNode operand = assignment.getChildByFieldName("right");
    while (!operand.isNull() && operand.getType().equals("binary_expression")) {
      if (STRING_VALUES.contains(operand.getChildByFieldName("right").getType())) {
        return true;
      }
      operand = operand.getChildByFieldName("left");
    }
    return !operand.isNull() && STRING_VALUES.contains(operand.getType());
  }

  private static boolean grows(SyntaxTree tree, TSNode assignment, String name) {
    TSNode operator = assignment.getChildByFieldName("operator");
    if (assignment.getType().equals("augmented_assignment_expression")) {
      return !operator.isNull() && tree.text(operator).equals("+=");
    }
    TSNode operand = assignment.getChildByFieldName("right");
    TSNode right = operand;
    while (!operand.isNull() && operand.getType().equals("binary_expression")) {
      TSNode plus = operand.getChildByFieldName("operator");
      if (plus.isNull() || !tree.text(plus).equals("+")) {
        return false;
      }
      operand = operand.getChildByFieldName("left");
    }
    return !operand.isNull() && !operand.equals(right) && tree.text(operand).equals(name);
  }
}

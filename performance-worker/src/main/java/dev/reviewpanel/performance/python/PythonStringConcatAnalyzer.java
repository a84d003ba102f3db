package dev.reviewpanel.performance.python;

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
 * A string assigned before a loop and grown with {@code +=} (or {@code s = s + ...}) inside it;
 * strings are immutable, so each step may copy everything built so far.
 */
@Component
public class PythonStringConcatAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.string-concat-in-loop",
          "allocation",
          null,
          Severity.LOW,
          Confidence.MEDIUM,
          "String built by concatenation inside a loop",
          "Collect the parts in a list and join them once after the loop (''.join(parts)), or"
              + " write to an io.StringIO.");

  private static final Set<String> STRING_VALUES = Set.of("string", "concatenated_string");

  private record Growth(TSNode node, String name, String scope, TSNode loop) {}

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("assignment", "augmented_assignment");

  public PythonStringConcatAnalyzer() {
    super("python-string-concat-in-loop", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Map<String, List<Integer>> stringStarts = new HashMap<>();
    List<Growth> growths = new ArrayList<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              String type = nodeType;
              if (!type.equals("assignment") && !type.equals("augmented_assignment")) {
                return;
              }
              TSNode left = node.getChildByFieldName("left");
              TSNode right = node.getChildByFieldName("right");
              if (left.isNull() || right.isNull() || !left.getType().equals("identifier")) {
                return;
              }
              String name = tree.text(left);
              String key = PythonScopeKey.of(node) + "#" + name;
              if (type.equals("assignment") && isString(tree, right)) {
                stringStarts.computeIfAbsent(key, k -> new ArrayList<>()).add(node.getStartByte());
              }
              if (grows(tree, node, name)) {
                PythonLoops.enclosing(node)
                    .ifPresent(loop -> growths.add(new Growth(node, name, key, loop)));
              }
            });
    for (Growth growth : growths) {
      boolean builtBefore =
          stringStarts.getOrDefault(growth.scope(), List.of()).stream()
              .anyMatch(start -> start < growth.loop().getStartByte());
      if (builtBefore) {
        findings.report(
            RULE,
            SyntaxTree.startLine(growth.node()),
            "string '%s' is re-built on every iteration of the loop at line %d"
                .formatted(growth.name(), SyntaxTree.startLine(growth.loop())));
      }
    }
  }

  private static boolean isString(SyntaxTree tree, TSNode value) {
    if (STRING_VALUES.contains(value.getType())) {
      return true;
    }
    return value.getType().equals("call") && PythonCalls.callee(tree, value).equals("str");
  }

  private static boolean grows(SyntaxTree tree, TSNode node, String name) {
    TSNode right = node.getChildByFieldName("right");
    if (node.getType().equals("augmented_assignment")) {
      TSNode operator = node.getChildByFieldName("operator");
      return !operator.isNull() && tree.text(operator).equals("+=");
    }
    TSNode operand = right;
    while (!operand.isNull() && operand.getType().equals("binary_operator")) {
      TSNode operator = operand.getChildByFieldName("operator");
      if (operator.isNull() || !tree.text(operator).equals("+")) {
        return false;
      }
      operand = operand.getChildByFieldName("left");
    }
    return !operand.isNull() && !operand.equals(right) && tree.text(operand).equals(name);
  }
}

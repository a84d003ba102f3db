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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code x in some_list} inside a loop, where the list was built from data before the loop ({@code
 * list(...)}, a comprehension, or a literal grown with append): a linear scan per test.
 */
@Component
public class ListMembershipInLoopAnalyzer extends NamedAnalyzer {

  // LOW: the rule cannot see how long the list gets. A scan per iteration is slow only at sizes
  // the code does not show, and most such lists hold a handful of items (names, columns,
  // headers); docs/findings.md keeps MEDIUM for clear slowness.
  static final Rule RULE =
      new Rule(
          "python.list-membership-in-loop",
          "algorithmic",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Membership test on a list inside a loop",
          "Build a set once before the loop (wanted = set(items)) and test membership against"
              + " it: O(1) per test instead of a scan of the list.");

  private static final Set<String> LIST_BUILDERS = Set.of("list", "sorted");
  private static final Set<String> GROWING = Set.of("append", "extend", "insert");

  /**
   * An assignment to a name: {@code list} when it holds a list, {@code fromData} when the list's
   * size depends on data rather than on the source text.
   */
  private record ListValue(int start, boolean list, boolean fromData) {}

  private record Membership(TSNode node, String list, String key, TSNode loop) {}

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED =
      Set.of("assignment", "augmented_assignment", "call", "comparison_operator");

  public ListMembershipInLoopAnalyzer() {
    super("python-list-membership-in-loop", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Map<String, List<ListValue>> lists = new HashMap<>();
    Set<String> grown = new HashSet<>();
    List<Membership> tests = new ArrayList<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              switch (nodeType) {
                case "assignment" -> recordList(tree, node, lists);
                case "augmented_assignment" ->
                    grown.add(keyOf(tree, node.getChildByFieldName("left")));
                case "call" -> recordGrowth(tree, node, grown);
                case "comparison_operator" -> recordTest(tree, node, tests);
                default -> {}
              }
            });
    for (Membership test : tests) {
      boolean scansDataList =
          lists.getOrDefault(test.key(), List.of()).stream()
              .filter(value -> value.start() < test.loop().getStartByte())
              .reduce((earlier, later) -> later)
              .filter(ListValue::list)
              .map(value -> value.fromData() || grown.contains(test.key()))
              .orElse(false);
      if (scansDataList) {
        findings.report(
            RULE,
            SyntaxTree.startLine(test.node()),
            "'in %s' scans the list on every iteration of the loop at line %d"
                .formatted(test.list(), SyntaxTree.startLine(test.loop())));
      }
    }
  }

  private static void recordList(
      SyntaxTree tree, TSNode assignment, Map<String, List<ListValue>> lists) {
    TSNode left = assignment.getChildByFieldName("left");
    TSNode right = assignment.getChildByFieldName("right");
    if (left.isNull() || right.isNull() || !left.getType().equals("identifier")) {
      return;
    }
    String type = right.getType();
    boolean fromData =
        type.equals("list_comprehension")
            || (type.equals("call") && LIST_BUILDERS.contains(PythonCalls.callee(tree, right)));
    lists
        .computeIfAbsent(keyOf(tree, left), k -> new ArrayList<>())
        .add(new ListValue(assignment.getStartByte(), type.equals("list") || fromData, fromData));
  }

  private static void recordGrowth(SyntaxTree tree, TSNode call, Set<String> grown) {
    TSNode function = call.getChildByFieldName("function");
    if (function.isNull() || !function.getType().equals("attribute")) {
      return;
    }
    TSNode object = function.getChildByFieldName("object");
    TSNode method = function.getChildByFieldName("attribute");
    if (!object.isNull()
        && object.getType().equals("identifier")
        && !method.isNull()
        && GROWING.contains(tree.text(method))) {
      grown.add(keyOf(tree, object));
    }
  }

  private static void recordTest(SyntaxTree tree, TSNode comparison, List<Membership> tests) {
    boolean membership = false;
    for (int i = 0; i < comparison.getChildCount(); i++) {
      String type = comparison.getChild(i).getType();
      membership |= type.equals("in") || type.equals("not in");
    }
    int named = comparison.getNamedChildCount();
    TSNode list = named > 0 ? comparison.getNamedChild(named - 1) : null;
    if (!membership || list == null || !list.getType().equals("identifier")) {
      return;
    }
    PythonLoops.enclosing(comparison)
        .ifPresent(
            loop ->
                tests.add(new Membership(comparison, tree.text(list), keyOf(tree, list), loop)));
  }

  private static String keyOf(SyntaxTree tree, TSNode identifier) {
    return identifier.isNull() ? "" : PythonScopeKey.of(identifier) + "#" + tree.text(identifier);
  }
}

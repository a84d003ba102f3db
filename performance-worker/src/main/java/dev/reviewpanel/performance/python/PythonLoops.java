package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Loop and scope structure of a Python tree-sitter tree: which loop repeats a node (statements and
 * comprehensions), and which function or module it belongs to.
 */
final class PythonLoops {

  private static final Set<String> COMPREHENSIONS =
      Set.of(
          "list_comprehension",
          "set_comprehension",
          "dictionary_comprehension",
          "generator_expression");
  private static final Set<String> SCOPES =
      Set.of("function_definition", "class_definition", "lambda", "module");

  private static final int FIXED_ITEMS = 16;
  private static final Set<String> LITERALS =
      Set.of("string", "integer", "float", "true", "false", "none");

  private PythonLoops() {}

  // for page in _paginate(rows, page_size=100), for chunk in chunks(ids, 500): each round handles a
  // page of many items in one statement (psycopg2's execute_values), which is the batching itself
  private static final Pattern BATCH_WORD =
      Pattern.compile(
          "(?i)(^|_|\\b)(page|pages|chunk|chunks|batch|batches|slice|slices)(_|$|\\b)|paginat");

  // while ids: batch = ids[:BATCH_SIZE]; Model.objects.filter(id__in=batch).delete(): each round
  // takes a slice bounded by a batch size, which is the batching itself
  private static boolean takesASliceEachRound(SyntaxTree tree, TSNode loop) {
    TSNode body = loop.getChildByFieldName("body");
    boolean[] found = {false};
    if (!body.isNull()) {
      SyntaxTree.walk(
          body,
          n -> {
            if (!found[0] && n.getType().equals("slice")) {
              found[0] = BATCH_WORD.matcher(tree.text(n)).find();
            }
          });
    }
    return found[0];
  }

  /**
   * Whether a {@code for} loop walks pages, chunks or batches of the data rather than its items.
   */
  static boolean overBatches(SyntaxTree tree, TSNode loop) {
    if (takesASliceEachRound(tree, loop)) {
      return true;
    }
    if (!loop.getType().equals("for_statement")) {
      return false;
    }
    TSNode left = loop.getChildByFieldName("left");
    TSNode right = loop.getChildByFieldName("right");
    if (left.isNull() || right.isNull()) {
      return false;
    }
    if (BATCH_WORD.matcher(tree.text(left)).find()) {
      return true;
    }
    // the iterable is a call that cuts the data up: for rows in chunked(ids, 500)
    TSNode function = right.getType().equals("call") ? right.getChildByFieldName("function") : null;
    String callee = function == null || function.isNull() ? "" : tree.text(function);
    return BATCH_WORD.matcher(callee.substring(callee.lastIndexOf('.') + 1)).find();
  }

  /**
   * Whether a {@code for} loop walks a handful of literals written in the code: in place ({@code
   * for prag in ("key", "cipher")}) or in a module or class constant it names ({@code for prag in
   * self.pragmas} with {@code pragmas = ("kdf_iter", "cipher")} in the class). It runs a fixed few
   * times, whatever the input.
   */
  static boolean overFixedItems(SyntaxTree tree, NodeIndex nodes, TSNode loop) {
    if (!loop.getType().equals("for_statement")) {
      return false;
    }
    TSNode iterated = loop.getChildByFieldName("right");
    if (iterated.isNull()) {
      return false;
    }
    if (isFixedItems(iterated)) {
      return true;
    }
    String text = tree.text(iterated);
    String name = text.startsWith("self.") ? text.substring(5) : text;
    if (!name.matches("[A-Za-z_]\\w*")) {
      return false;
    }
    return nodes.ofType("assignment").stream()
        .anyMatch(
            a ->
                tree.text(a.getChildByFieldName("left")).equals(name)
                    && declaredOnce(a)
                    && isFixedItems(a.getChildByFieldName("right")));
  }

  // NAME = (...) directly in a module or a class body
  private static boolean declaredOnce(TSNode assignment) {
    TSNode statement = assignment.getParent();
    TSNode block = statement.isNull() ? statement : statement.getParent();
    return !block.isNull()
        && (block.getType().equals("module")
            || block.getType().equals("block")
                && block.getParent().getType().equals("class_definition"));
  }

  private static boolean isFixedItems(TSNode node) {
    if (node.isNull() || !(node.getType().equals("tuple") || node.getType().equals("list"))) {
      return false;
    }
    int count = node.getNamedChildCount();
    if (count == 0 || count > FIXED_ITEMS) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!LITERALS.contains(node.getNamedChild(i).getType())) {
        return false;
      }
    }
    return true;
  }

  /** The innermost loop whose repeated part holds {@code node}, within its function. */
  static Optional<TSNode> enclosing(TSNode node) {
    TSNode child = node;
    TSNode parent = node.getParent();
    while (!parent.isNull() && !SCOPES.contains(parent.getType())) {
      if (repeats(parent, child)) {
        return Optional.of(parent);
      }
      child = parent;
      parent = parent.getParent();
    }
    return Optional.empty();
  }

  /** The function, class body, lambda or module {@code node} runs in. */
  static TSNode scope(TSNode node) {
    TSNode parent = node.getParent();
    while (!parent.isNull() && !SCOPES.contains(parent.getType())) {
      parent = parent.getParent();
    }
    return parent.isNull() ? node : parent;
  }

  /** Whether {@code node} sits directly in an {@code async def}. */
  static boolean inAsyncFunction(TSNode node) {
    TSNode scope = scope(node);
    return scope.getType().equals("function_definition")
        && scope.getChildCount() > 0
        && scope.getChild(0).getType().equals("async");
  }

  private static boolean repeats(TSNode loop, TSNode child) {
    String type = loop.getType();
    if (type.equals("for_statement")) {
      return child.equals(loop.getChildByFieldName("body"));
    }
    if (type.equals("while_statement")) {
      return child.equals(loop.getChildByFieldName("body"))
          || child.equals(loop.getChildByFieldName("condition"));
    }
    if (COMPREHENSIONS.contains(type)) {
      return child.equals(loop.getChildByFieldName("body")) || child.getType().equals("if_clause");
    }
    return false;
  }
}

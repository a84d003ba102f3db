package dev.reviewpanel.bug.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * How a function uses the local that holds an open handle: whether some use closes it ({@code
 * f.close()}, {@code with f:}, {@code closing(f)}) or hands it to code that may (returned, yielded,
 * stored, passed on, captured by a nested function).
 */
final class HandleUses {

  private static final Set<String> SCOPES = Set.of("function_definition", "lambda", "module");
  private static final Set<String> HANDED_OVER_BY =
      Set.of(
          "return_statement",
          "yield",
          "assignment",
          "pair",
          "list",
          "tuple",
          "set",
          "expression_list",
          "keyword_argument");

  private final SyntaxTree tree;
  private final String name;

  HandleUses(SyntaxTree tree, String name) {
    this.tree = tree;
    this.name = name;
  }

  /** The function in which the handle bound by {@code binding} leaks, if it does. */
  Optional<TSNode> leaks(TSNode binding) {
    TSNode scope = binding.getParent();
    while (!scope.isNull() && !SCOPES.contains(scope.getType())) {
      scope = scope.getParent();
    }
    if (scope.isNull() || !scope.getType().equals("function_definition")) {
      return Optional.empty(); // module-level handles live as long as the program, on purpose
    }
    boolean[] handled = {false};
    TSNode function = scope;
    SyntaxTree.walk(
        function.getChildByFieldName("body"),
        node -> {
          if (!handled[0]
              && node.getType().equals("identifier")
              && tree.text(node).equals(name)
              && !node.equals(binding.getChildByFieldName("left"))) {
            handled[0] = closesOrHandsOver(node, function);
          }
        });
    return handled[0] ? Optional.empty() : Optional.of(function);
  }

  private boolean closesOrHandsOver(TSNode use, TSNode function) {
    TSNode parent = use.getParent();
    String type = parent.getType();
    if (!innermostScope(use).equals(function)) {
      return true; // captured by a nested function or lambda that may close it later
    }
    switch (type) {
      case "attribute" -> {
        TSNode attribute = parent.getChildByFieldName("attribute");
        return use.equals(parent.getChildByFieldName("object"))
            && !attribute.isNull()
            && Set.of("close", "__exit__", "detach").contains(tree.text(attribute));
      }
      case "with_item", "as_pattern" -> {
        return true;
      }
      case "argument_list" -> {
        TSNode callee = parent.getParent().getChildByFieldName("function");
        return callee.isNull()
            || !PythonUnclosedResourceAnalyzer.BORROWERS.contains(tree.text(callee));
      }
      case "keyword_argument" -> {
        TSNode keyword = parent.getChildByFieldName("name");
        return keyword.isNull() || !tree.text(keyword).equals("file");
      }
      default -> {
        return HANDED_OVER_BY.contains(type)
            && !(type.equals("assignment") && use.equals(parent.getChildByFieldName("left")));
      }
    }
  }

  private static TSNode innermostScope(TSNode node) {
    TSNode scope = node.getParent();
    while (!scope.isNull() && !SCOPES.contains(scope.getType())) {
      scope = scope.getParent();
    }
    return scope;
  }
}

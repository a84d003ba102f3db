package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.performance.model.Iterated;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Loop structure of a JavaScript or TypeScript tree: loop statements, and callbacks handed to array
 * iteration methods ({@code forEach}, {@code map}, ...), which run once per element too.
 */
final class ScriptLoops {

  static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition",
          "generator_function_declaration",
          "generator_function");
  private static final Set<String> ITERATING_METHODS = Iterated.ARRAY_ITERATION;

  private static final int SMALL_LIST = 16;
  private static final Set<String> LITERALS =
      Set.of("string", "number", "true", "false", "null", "undefined");

  private ScriptLoops() {}

  // ['sat', 'sun']: a handful of literals is a fixed set whose scan costs no more than a hash.
  static boolean isSmallConstantList(TSNode array) {
    int count = array.getNamedChildCount();
    if (!array.getType().equals("array") || count == 0 || count > SMALL_LIST) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!LITERALS.contains(array.getNamedChild(i).getType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a loop walks a handful of literals written in it ({@code for (const m of ['fs',
   * 'path'])}, {@code ['fs', 'path'].forEach(...)}): it runs a fixed few times.
   */
  static boolean overSmallConstantList(TSNode loop) {
    TSNode iterated =
        loop.getType().equals("for_in_statement")
            ? loop.getChildByFieldName("right")
            : loop.getType().equals("call_expression")
                ? loop.getChildByFieldName("function").getChildByFieldName("object")
                : null;
    return iterated != null && !iterated.isNull() && isSmallConstantList(iterated);
  }

  /**
   * The innermost loop repeating {@code node}: a loop statement, or with {@code callbacks} the
   * iterating call whose callback holds it. Stops at any other function boundary.
   */
  static Optional<TSNode> enclosing(SyntaxTree tree, TSNode node, boolean callbacks) {
    TSNode child = node;
    TSNode parent = node.getParent();
    while (!parent.isNull()) {
      if (repeats(parent, child)) {
        return Optional.of(parent);
      }
      if (FUNCTIONS.contains(parent.getType())) {
        Optional<TSNode> iterating = iteratingCall(tree, parent);
        return callbacks ? iterating : Optional.empty();
      }
      child = parent;
      parent = parent.getParent();
    }
    return Optional.empty();
  }

  // for (let i = 0; i < 25; i++): a count written in the code, not the size of some data
  private static final java.util.regex.Pattern FIXED_COUNT =
      java.util.regex.Pattern.compile("\\s*[A-Za-z_$][\\w$]*\\s*<=?\\s*(\\d{1,3})\\s*;?\\s*");
  private static final int MOST_FIXED_ROUNDS = 64;

  /**
   * Whether a counted {@code for} loop runs a fixed number of rounds written in the code ({@code i
   * < 25}, at most 64): its calls repeat a known few times whatever the data, which is no N+1.
   */
  static boolean isFixedCount(SyntaxTree tree, TSNode loop) {
    if (!loop.getType().equals("for_statement")) {
      return false;
    }
    TSNode condition = loop.getChildByFieldName("condition");
    if (condition.isNull()) {
      return false;
    }
    var matcher = FIXED_COUNT.matcher(tree.text(condition));
    return matcher.matches() && Integer.parseInt(matcher.group(1)) <= MOST_FIXED_ROUNDS;
  }

  /** Whether a {@code for (...)} loop is a {@code for await} over an async iterable. */
  static boolean isForAwait(TSNode loop) {
    for (int i = 0; i < loop.getChildCount(); i++) {
      if (loop.getChild(i).getType().equals("await")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an iterating call feeds {@code Promise.all(...)}: deliberate concurrent fan-out. */
  static boolean isConcurrentFanOut(SyntaxTree tree, TSNode loop) {
    TSNode arguments = loop.getParent();
    if (!loop.getType().equals("call_expression")
        || arguments.isNull()
        || !arguments.getType().equals("arguments")) {
      return false;
    }
    TSNode callee = arguments.getParent().getChildByFieldName("function");
    return !callee.isNull() && tree.text(callee).startsWith("Promise.");
  }

  private static Optional<TSNode> iteratingCall(SyntaxTree tree, TSNode function) {
    TSNode arguments = function.getParent();
    if (arguments.isNull() || !arguments.getType().equals("arguments")) {
      return Optional.empty();
    }
    TSNode call = arguments.getParent();
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull() || !callee.getType().equals("member_expression")) {
      return Optional.empty();
    }
    TSNode property = callee.getChildByFieldName("property");
    return !property.isNull() && ITERATING_METHODS.contains(tree.text(property))
        ? Optional.of(call)
        : Optional.empty();
  }

  private static boolean repeats(TSNode loop, TSNode child) {
    return switch (loop.getType()) {
      case "for_statement" ->
          child.equals(loop.getChildByFieldName("body"))
              || child.equals(loop.getChildByFieldName("condition"))
              || child.equals(loop.getChildByFieldName("increment"));
      case "for_in_statement" -> child.equals(loop.getChildByFieldName("body"));
      case "while_statement", "do_statement" ->
          child.equals(loop.getChildByFieldName("body"))
              || child.equals(loop.getChildByFieldName("condition"));
      default -> false;
    };
  }
}

package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Which calls in one file return a promise: calls of functions declared async in the file (by name;
 * a name also declared as a plain function is ambiguous and ignored) or in another file of the
 * review it imports them from, {@code this.m()} where the enclosing class or object declares {@code
 * async m()}, and well-known promise APIs. Built for one file and discarded.
 */
final class AsyncFunctions {

  static final Set<String> FUNCTION_TYPES =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition",
          "generator_function_declaration",
          "generator_function");

  private static final Set<String> CONTAINERS = Set.of("class_body", "object");

  private final SyntaxTree tree;
  private final PromiseModules modules;
  private final ImportedAsync imported;
  private final Set<String> asyncNames = new HashSet<>();
  private final Set<String> plainNames = new HashSet<>();
  // "<start byte of class body or object>:<member>" -> declared async
  private final Map<String, Boolean> members = new HashMap<>();

  AsyncFunctions(SyntaxTree tree, PromiseModules modules, ImportedAsync imported) {
    this.tree = tree;
    this.modules = modules;
    this.imported = imported;
  }

  /** Records what {@code node} declares, if it declares a function; call for every candidate. */
  void collect(TSNode node) {
    switch (node.getType()) {
      case "function_declaration" ->
          (isAsync(node) ? asyncNames : plainNames)
              .add(tree.text(node.getChildByFieldName("name")));
      case "method_definition" ->
          members.put(memberKey(node.getParent(), node.getChildByFieldName("name")), isAsync(node));
      case "variable_declarator" -> {
        TSNode value = node.getChildByFieldName("value");
        if (!value.isNull() && FUNCTION_TYPES.contains(value.getType())) {
          (isAsync(value) ? asyncNames : plainNames)
              .add(tree.text(node.getChildByFieldName("name")));
        }
      }
      case "pair" -> {
        TSNode value = node.getChildByFieldName("value");
        if (!value.isNull() && FUNCTION_TYPES.contains(value.getType())) {
          members.put(memberKey(node.getParent(), node.getChildByFieldName("key")), isAsync(value));
        }
      }
      default -> {}
    }
  }

  static boolean isAsync(TSNode function) {
    for (int i = 0; i < function.getChildCount(); i++) {
      if (function.getChild(i).getType().equals("async")) {
        return true;
      }
    }
    return false;
  }

  /** True when the nearest enclosing function of {@code node} is declared async. */
  static boolean insideAsyncFunction(TSNode node) {
    for (TSNode n = node.getParent(); !n.isNull(); n = n.getParent()) {
      if (FUNCTION_TYPES.contains(n.getType())) {
        return isAsync(n);
      }
    }
    return false;
  }

  /** True when {@code call} calls a same-file async function or a well-known promise API. */
  boolean returnsPromise(TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.getType().equals("identifier")) {
      String name = tree.text(callee);
      return name.equals("fetch")
          || modules.isFunction(name)
          || asyncNames.contains(name) && !plainNames.contains(name)
          || !asyncNames.contains(name) && !plainNames.contains(name) && imported.isAsync(name);
    }
    if (callee.getType().equals("member_expression")) {
      TSNode object = callee.getChildByFieldName("object");
      String objectText = tree.text(object);
      if (modules.isNamespace(objectText)) {
        return true;
      }
      if (object.getType().equals("identifier")
          && imported.isAsync(objectText, tree.text(callee.getChildByFieldName("property")))) {
        return true;
      }
      TSNode container = enclosingContainer(call);
      return object.getType().equals("this")
          && container != null
          && members.getOrDefault(
              memberKey(container, callee.getChildByFieldName("property")), false);
    }
    return false;
  }

  private String memberKey(TSNode container, TSNode name) {
    return container.getStartByte() + ":" + tree.text(name);
  }

  private static TSNode enclosingContainer(TSNode node) {
    for (TSNode n = node.getParent(); !n.isNull(); n = n.getParent()) {
      if (CONTAINERS.contains(n.getType())) {
        return n;
      }
    }
    return null;
  }
}

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
  // the async functions themselves, by name and by member key, for what their bodies await
  private final Map<String, TSNode> asyncBodies = new HashMap<>();

  AsyncFunctions(SyntaxTree tree, PromiseModules modules, ImportedAsync imported) {
    this.tree = tree;
    this.modules = modules;
    this.imported = imported;
  }

  /** Records what {@code node} declares, if it declares a function; call for every candidate. */
  void collect(TSNode node) {
    switch (node.getType()) {
      case "function_declaration" -> declare(tree.text(node.getChildByFieldName("name")), node);
      case "method_definition" ->
          declareMember(memberKey(node.getParent(), node.getChildByFieldName("name")), node);
      case "variable_declarator" -> {
        TSNode value = node.getChildByFieldName("value");
        if (!value.isNull() && FUNCTION_TYPES.contains(value.getType())) {
          declare(tree.text(node.getChildByFieldName("name")), value);
        }
      }
      case "pair" -> {
        TSNode value = node.getChildByFieldName("value");
        if (!value.isNull() && FUNCTION_TYPES.contains(value.getType())) {
          declareMember(memberKey(node.getParent(), node.getChildByFieldName("key")), value);
        }
      }
      default -> {}
    }
  }

  private void declare(String name, TSNode function) {
    (isAsync(function) ? asyncNames : plainNames).add(name);
    if (isAsync(function)) {
      asyncBodies.put(name, function);
    }
  }

  private void declareMember(String key, TSNode function) {
    members.put(key, isAsync(function));
    if (isAsync(function)) {
      asyncBodies.put(key, function);
    }
  }

  /**
   * True when {@code call} calls an async function of this file that neither awaits nor returns a
   * call's result in its own body: its promise has settled when the call returns, so there is
   * nothing to wait for (a page-load setup that only attaches event handlers).
   */
  boolean settlesAtOnce(TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    TSNode function = null;
    if (callee.getType().equals("identifier") && !plainNames.contains(tree.text(callee))) {
      function = asyncBodies.get(tree.text(callee));
    } else if (callee.getType().equals("member_expression")
        && callee.getChildByFieldName("object").getType().equals("this")) {
      TSNode container = enclosingContainer(call);
      function =
          container == null
              ? null
              : asyncBodies.get(memberKey(container, callee.getChildByFieldName("property")));
    }
    if (function == null) {
      return false;
    }
    TSNode body = function.getChildByFieldName("body");
    return body.getType().equals("statement_block")
        ? !waits(body)
        : !waits(body) && !contains(body, "call_expression");
  }

  // An await, for await, or a returned call in the function's own body; nested functions are
  // their own.
  private static boolean waits(TSNode node) {
    String type = node.getType();
    if (type.equals("await_expression")
        || type.equals("for_in_statement") && hasChild(node, "await")
        || type.equals("return_statement") && contains(node, "call_expression")) {
      return true;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (!FUNCTION_TYPES.contains(child.getType()) && waits(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(TSNode node, String type) {
    if (node.getType().equals(type)) {
      return true;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (!FUNCTION_TYPES.contains(child.getType()) && contains(child, type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChild(TSNode node, String type) {
    for (int i = 0; i < node.getChildCount(); i++) {
      if (node.getChild(i).getType().equals(type)) {
        return true;
      }
    }
    return false;
  }

  static boolean isAsync(TSNode function) {
    return hasChild(function, "async");
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

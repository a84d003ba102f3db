package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The named functions of a JavaScript/TypeScript file with their parameters, call sites and
 * returned values, so request data can follow arguments into helpers of the same file and back.
 */
final class JsParameters {

  /** A parameter: its function, position, and whether the framework binds request data to it. */
  record Parameter(String function, int index, String name, boolean route, boolean scalar) {}

  private static final Set<String> RECEIVERS = Set.of("", "this");
  private static final Pattern ROUTE_DECORATOR =
      Pattern.compile("@(Query|Param|Body|Headers|Req|Request)\\(");
  private static final Pattern SCALAR =
      Pattern.compile(":\\s*(number|boolean|bigint)\\s*(\\|\\s*(undefined|null)\\s*)?$");

  private final SyntaxTree tree;
  private final Map<String, Parameter> byKey = new HashMap<>();
  private final Map<String, List<JsCall>> callsByName = new HashMap<>();
  private final Map<String, List<TSNode>> returnsByFunction = new HashMap<>();

  private JsParameters(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    JsCalls calls = JsCalls.of(tree, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      TSNode node = nodes.node(i);
      String type = nodes.type(i);
      if (type.equals("formal_parameters")) {
        nameOf(node.getParent()).ifPresent(name -> index(name, node));
      } else if (type.equals("return_statement") && node.getNamedChildCount() > 0) {
        remember(enclosing(node), node.getNamedChild(0));
      } else if (type.equals("arrow_function")) {
        TSNode body = node.getChildByFieldName("body");
        if (!body.isNull() && !body.getType().equals("statement_block")) {
          remember(node, body);
        }
      }
      calls
          .at(i)
          .filter(c -> RECEIVERS.contains(c.receiver()))
          .ifPresent(c -> callsByName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
    }
  }

  static JsParameters of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(JsParameters.class, n -> new JsParameters(tree, n));
  }

  /** The parameter with scope key {@code key}, or null. */
  Parameter parameter(String key) {
    return byKey.get(key);
  }

  /** The calls of the same file to function {@code name}. */
  List<JsCall> callsOf(String name) {
    return callsByName.getOrDefault(name, List.of());
  }

  /** What function {@code name} of this file returns; empty when it is not from this file. */
  List<TSNode> returnsOf(String name) {
    return returnsByFunction.getOrDefault(name, List.of());
  }

  private void remember(TSNode function, TSNode value) {
    if (function != null) {
      nameOf(function)
          .ifPresent(
              name -> returnsByFunction.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
    }
  }

  private void index(String function, TSNode parameters) {
    int position = 0;
    for (int i = 0; i < parameters.getNamedChildCount(); i++) {
      TSNode parameter = parameters.getNamedChild(i);
      if (parameter.getType().equals("comment")) {
        continue;
      }
      TSNode identifier = parameter;
      while (!identifier.isNull() && !identifier.getType().equals("identifier")) {
        TSNode inner = identifier.getChildByFieldName("pattern");
        if (inner.isNull()) {
          inner = identifier.getChildByFieldName("left");
        }
        identifier = inner;
      }
      if (!identifier.isNull()) {
        String text = tree.text(parameter);
        byKey.put(
            JsValues.scopeKey(identifier, tree.text(identifier)),
            new Parameter(
                function,
                position,
                tree.text(identifier),
                ROUTE_DECORATOR.matcher(text).find(),
                SCALAR.matcher(text).find()));
      }
      position++;
    }
  }

  // function f() {}, const f = () => {}, f() {} in a class, or f: function () {} in an object.
  private Optional<String> nameOf(TSNode function) {
    if (function.isNull()) {
      return Optional.empty();
    }
    TSNode name = function.getChildByFieldName("name");
    if (!name.isNull()) {
      return Optional.of(tree.text(name));
    }
    TSNode parent = function.getParent();
    if (!parent.isNull() && parent.getType().equals("variable_declarator")) {
      return Optional.of(tree.text(parent.getChildByFieldName("name")));
    }
    if (!parent.isNull() && parent.getType().equals("pair")) {
      return Optional.of(tree.text(parent.getChildByFieldName("key")));
    }
    return Optional.empty();
  }

  private static TSNode enclosing(TSNode node) {
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      String type = p.getType();
      if (type.equals("function_declaration")
          || type.equals("function_expression")
          || type.equals("function")
          || type.equals("arrow_function")
          || type.equals("method_definition")) {
        return p;
      }
    }
    return null;
  }
}

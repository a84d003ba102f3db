package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The functions of a Python file with their parameters, call sites and returned values, so request
 * data can follow arguments into helpers of the same file and come back out of them.
 */
final class PythonParameters {

  /** A parameter: its function, position (after {@code self}) and what the framework binds. */
  record Parameter(String function, int index, String name, boolean route, boolean scalar) {}

  private static final Pattern ROUTE =
      Pattern.compile("\\.(route|get|post|put|delete|patch|api_route|websocket)\\(");
  private static final Set<String> RECEIVERS = Set.of("", "self", "cls");
  private static final Set<String> UNBOUND = Set.of("self", "cls");
  private static final Pattern SCALAR =
      Pattern.compile(
          "(Optional\\[)?(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|PositiveInt"
              + "|conint\\(.*\\))\\]?(\\s*\\|\\s*None)?");

  private final SyntaxTree tree;
  private final Map<String, Parameter> byKey = new HashMap<>();
  private final Map<String, List<PythonCall>> callsByName = new HashMap<>();
  private final Map<String, List<TSNode>> returnsByFunction = new HashMap<>();

  private PythonParameters(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    PythonCalls calls = PythonCalls.of(tree, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      String type = nodes.type(i);
      if (type.equals("function_definition")) {
        index(nodes.node(i));
      } else if (type.equals("return_statement") && nodes.node(i).getNamedChildCount() > 0) {
        TSNode value = nodes.node(i).getNamedChild(0);
        enclosingFunction(value)
            .ifPresent(
                name -> returnsByFunction.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
      } else if (calls.at(i) != null && RECEIVERS.contains(calls.at(i).receiver())) {
        callsByName.computeIfAbsent(calls.at(i).name(), k -> new ArrayList<>()).add(calls.at(i));
      }
    }
  }

  static PythonParameters of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(PythonParameters.class, n -> new PythonParameters(tree, n));
  }

  /** The parameter with scope key {@code key}, or null. */
  Parameter parameter(String key) {
    return byKey.get(key);
  }

  /** The calls of the same file to function {@code name}. */
  List<PythonCall> callsOf(String name) {
    return callsByName.getOrDefault(name, List.of());
  }

  /** What function {@code name} of this file returns, empty when it is not from this file. */
  List<TSNode> returnsOf(String name) {
    return returnsByFunction.getOrDefault(name, List.of());
  }

  /** The argument a call passes for {@code parameter}, by keyword or by position. */
  java.util.Optional<TSNode> argumentFor(PythonCall call, Parameter parameter) {
    return call.keyword(parameter.name(), tree).or(() -> call.argument(parameter.index()));
  }

  private void index(TSNode function) {
    String name = tree.text(function.getChildByFieldName("name"));
    boolean route = isRoute(function);
    TSNode parameters = function.getChildByFieldName("parameters");
    int position = 0;
    for (int i = 0; i < parameters.getNamedChildCount(); i++) {
      TSNode parameter = parameters.getNamedChild(i);
      TSNode identifier =
          parameter.getType().equals("identifier")
              ? parameter
              : parameter.getChildByFieldName("name");
      if (identifier.isNull() && parameter.getNamedChildCount() > 0) {
        identifier = parameter.getNamedChild(0);
      }
      if (identifier.isNull() || !identifier.getType().equals("identifier")) {
        continue;
      }
      String text = tree.text(identifier);
      if (position == 0 && i == 0 && UNBOUND.contains(text)) {
        continue; // self/cls: call sites do not pass it
      }
      TSNode annotation = parameter.getChildByFieldName("type");
      boolean scalar = !annotation.isNull() && SCALAR.matcher(tree.text(annotation)).matches();
      boolean injected = tree.text(parameter).contains("Depends(");
      byKey.put(
          PythonValues.scopeKey(identifier, text),
          new Parameter(name, position, text, route && !injected, scalar));
      position++;
    }
  }

  // A decorated @app.route / @router.get handler, or a Django view taking `request` first.
  private boolean isRoute(TSNode function) {
    TSNode parent = function.getParent();
    if (!parent.isNull() && parent.getType().equals("decorated_definition")) {
      for (int i = 0; i < parent.getNamedChildCount(); i++) {
        TSNode child = parent.getNamedChild(i);
        if (child.getType().equals("decorator") && ROUTE.matcher(tree.text(child)).find()) {
          return true;
        }
      }
    }
    TSNode parameters = function.getChildByFieldName("parameters");
    int first = parameters.getNamedChildCount() > 0 && isSelf(parameters.getNamedChild(0)) ? 1 : 0;
    return parameters.getNamedChildCount() > first + 1
        && tree.text(parameters.getNamedChild(first)).equals("request");
  }

  private boolean isSelf(TSNode parameter) {
    return UNBOUND.contains(tree.text(parameter));
  }

  private java.util.Optional<String> enclosingFunction(TSNode node) {
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      if (p.getType().equals("function_definition")) {
        return java.util.Optional.of(tree.text(p.getChildByFieldName("name")));
      }
    }
    return java.util.Optional.empty();
  }
}

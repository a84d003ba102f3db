package dev.reviewpanel.security.python;

import dev.reviewpanel.security.syntax.TreeNodes;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Request data inside Python functions: Flask ({@code request.args/form/json/values/cookies/
 * headers}), Django ({@code request.GET/POST}) and the parameters of route handlers (Flask path
 * parameters, FastAPI path and query parameters, Django URL arguments), followed through locals,
 * formatting and calls, and stopped by numeric conversion and escaping.
 */
final class PythonTaint {

  private static final Pattern SOURCE =
      Pattern.compile(
          "^(request|req|self\\.request)\\.(args|form|json|values|cookies|headers|data|files"
              + "|get_json|get_data|GET|POST|COOKIES|META|FILES|body|query_params|path_params"
              + "|url|full_path|query_string)\\b");
  private static final Pattern ROUTE =
      Pattern.compile("\\.(route|get|post|put|delete|patch|api_route|websocket)\\(");
  private static final Set<String> SANITIZERS =
      Set.of(
          "int",
          "float",
          "bool",
          "len",
          "escape",
          "quote",
          "quote_plus",
          "secure_filename",
          "basename",
          "uuid4",
          "UUID",
          "isdigit",
          "isalnum",
          "startswith",
          "endswith");
  private static final Set<String> FRAMEWORK_PARAMETERS = Set.of("self", "cls", "request", "db");
  private static final int MAX_DEPTH = 60;
  private static final Pattern GUARD_EXIT = Pattern.compile("\\b(abort|raise|return)\\b");
  private static final Pattern NEGATED_CHECK =
      Pattern.compile(
          "not\\s+(\\w+)\\.(?:is_relative_to|startswith|match|fullmatch|isalnum|isdigit)\\(.*"
              + "|(\\w+)\\s+not\\s+in\\s+[A-Z][A-Z0-9_]*");
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final SyntaxTree tree;
  private final PythonValues values;
  private final Set<String> routeParameters = new HashSet<>();
  private final Set<String> guarded = new HashSet<>();
  private final Map<Long, Boolean> memo = new HashMap<>();

  PythonTaint(SyntaxTree tree, PythonValues values, TreeNodes nodes) {
    this.tree = tree;
    this.values = values;
    nodes.forEach(
        (node, type) -> {
          if (type.equals("function_definition") && isRoute(node)) {
            collectParameters(node);
          } else if (type.equals("if_statement")) {
            indexGuard(node);
          }
        });
  }

  /** True when {@code node} may carry request data. */
  boolean isTainted(TSNode node) {
    return tainted(node, 0);
  }

  private boolean tainted(TSNode node, int depth) {
    if (node == null || node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    long id = ((long) node.getStartByte() << 24) ^ node.getEndByte() ^ node.getType().hashCode();
    Boolean known = memo.get(id);
    if (known != null) {
      return known;
    }
    memo.put(id, false); // cycles through names end as "not tainted" on this path
    boolean result = compute(node, depth);
    memo.put(id, result);
    return result;
  }

  private boolean compute(TSNode node, int depth) {
    String type = node.getType();
    switch (type) {
      case "identifier":
        if (guarded.contains(values.key(node, tree.text(node)))) {
          return false;
        }
        if (values.isParameter(node)) {
          return routeParameters.contains(values.key(node, tree.text(node)));
        }
        return values.valuesOf(node).stream().anyMatch(v -> tainted(v, depth + 1));
      case "integer", "float", "true", "false", "none", "comment", "keyword_argument_name":
        return false;
      case "attribute", "subscript":
        if (SOURCE.matcher(tree.text(node)).find()) {
          return true;
        }
        // FEEDS[key]: a lookup in a constant table yields one of its constant values.
        return !(type.equals("subscript") && isConstantTable(node.getNamedChild(0)))
            && tainted(node.getNamedChild(0), depth + 1);
      case "conditional_expression":
        // a if cond else b: the condition decides, it does not flow into the value.
        return tainted(node.getNamedChild(0), depth + 1)
            || (node.getNamedChildCount() > 2 && tainted(node.getNamedChild(2), depth + 1));
      case "call":
        if (SOURCE.matcher(tree.text(node)).find()) {
          return true;
        }
        PythonCall call = PythonCall.of(node, type, tree).orElse(null);
        if (call != null && SANITIZERS.contains(call.name())) {
          return false;
        }
        if (call != null && call.name().equals("get") && isConstantTable(receiverOf(node))) {
          return call.argument(1).map(d -> tainted(d, depth + 1)).orElse(false);
        }
        break;
      case "keyword_argument":
        return tainted(node.getChildByFieldName("value"), depth + 1);
      default:
        break;
    }
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      if (tainted(node.getNamedChild(i), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  // if not target.is_relative_to(ROOT): abort(400) / if x not in ALLOWED: raise ...
  private void indexGuard(TSNode branch) {
    TSNode body = branch.getChildByFieldName("consequence");
    String exit = body.isNull() ? "" : tree.text(body);
    if (!GUARD_EXIT.matcher(exit).find() || !branch.getChildByFieldName("alternative").isNull()) {
      return;
    }
    Matcher matcher = NEGATED_CHECK.matcher(tree.text(branch.getChildByFieldName("condition")));
    if (matcher.matches()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      guarded.add(values.key(branch, name));
    }
  }

  private boolean isConstantTable(TSNode node) {
    return node != null
        && !node.isNull()
        && node.getType().equals("identifier")
        && CONSTANT_NAME.matcher(tree.text(node)).matches();
  }

  private static TSNode receiverOf(TSNode call) {
    TSNode function = call.getChildByFieldName("function");
    return function.getType().equals("attribute") ? function.getChildByFieldName("object") : null;
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
    return parameters.getNamedChildCount() > 1
        && tree.text(parameters.getNamedChild(0)).equals("request");
  }

  private void collectParameters(TSNode function) {
    TSNode parameters = function.getChildByFieldName("parameters");
    for (int i = 0; i < parameters.getNamedChildCount(); i++) {
      TSNode parameter = parameters.getNamedChild(i);
      TSNode name =
          parameter.getType().equals("identifier")
              ? parameter
              : parameter.getChildByFieldName("name");
      if (name.isNull() && parameter.getNamedChildCount() > 0) {
        name = parameter.getNamedChild(0);
      }
      String text = name.isNull() ? "" : tree.text(name);
      boolean injected = tree.text(parameter).contains("Depends(");
      if (!name.isNull() && !FRAMEWORK_PARAMETERS.contains(text) && !injected) {
        routeParameters.add(values.key(name, text));
      }
    }
  }
}

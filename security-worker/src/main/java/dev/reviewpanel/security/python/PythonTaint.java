package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
  // Outside a request: the environment, the command line and the console.
  private static final Pattern EXTERNAL =
      Pattern.compile(
          "^(os\\.environ|os\\.getenv|getenv\\(|environ\\[|sys\\.argv|sys\\.stdin|input\\()");
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
          "endswith",
          "url_for",
          "reverse",
          "reverse_lazy");
  private static final Set<String> FRAMEWORK_PARAMETERS = Set.of("request", "db", "session");
  private static final int MAX_DEPTH = 60;
  private static final Pattern GUARD_EXIT = Pattern.compile("\\b(abort|raise|return)\\b");
  private static final Pattern NEGATED_CHECK =
      Pattern.compile(
          "not\\s+(\\w+)\\.(?:is_relative_to|startswith|match|fullmatch|isalnum|isdigit)\\(.*"
              + "|(\\w+)\\s+not\\s+in\\s+[A-Z][A-Z0-9_]*"
              + "|not\\s+[\\w.]*(?:safe|valid|allowed|trusted|permitted)\\w*\\(\\s*(\\w+)\\b.*");
  // The failing branch resets the value to a constant: target = "/".
  private static final Pattern RESET =
      Pattern.compile("^\\s*(\\w+)\\s*=\\s*(['\"][^'\"]*['\"]|\\d+|None)\\s*$");
  private static final String POSITIVE_CHECK =
      "\\b%1$s\\.(startswith|endswith|isdigit|isalnum|isidentifier|fullmatch)\\("
          + "|\\b%1$s\\s+in\\s+[A-Z][A-Z0-9_]*\\b"
          + "|(safe|valid|allowed|trusted|permitted|fullmatch|match)\\w*\\(([^()]*,\\s*)?%1$s\\b";
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final SyntaxTree tree;
  private final PythonValues values;
  private final PythonParameters functions;
  private final boolean untrusted;
  private final Set<String> guarded = new HashSet<>();
  private final Map<Long, Boolean> memo = new HashMap<>();

  /**
   * Request data only when {@code untrusted} is false; when true, also the environment, the command
   * line and the parameters of functions that no code of the file calls (entry points whose callers
   * are unknown).
   */
  PythonTaint(SyntaxTree tree, PythonValues values, TreeNodes nodes, boolean untrusted) {
    this.tree = tree;
    this.values = values;
    this.untrusted = untrusted;
    this.functions = PythonParameters.of(tree, nodes);
    nodes.forEach(
        (node, type) -> {
          if (type.equals("if_statement")) {
            indexGuard(node);
          }
        });
  }

  PythonValues values() {
    return values;
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
        if (guarded.contains(values.resolvedKey(node)) || checkedAround(node)) {
          return false;
        }
        Reaching reaching = values.reaching(node);
        if (reaching.values().stream().anyMatch(v -> tainted(v, depth + 1))) {
          return true;
        }
        return reaching.initialReaches()
            && values.isParameter(node)
            && parameterTainted(values.resolvedKey(node), depth);
      case "integer", "float", "true", "false", "none", "comment", "keyword_argument_name":
        return false;
      case "attribute", "subscript":
        if (isSource(tree.text(node))) {
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
        if (isSource(tree.text(node))) {
          return true;
        }
        PythonCall call = PythonCall.of(node, type, tree).orElse(null);
        if (call != null && SANITIZERS.contains(call.name())) {
          return false;
        }
        if (call != null
            && call.receiver().isEmpty()
            && functions.returnsOf(call.name()).stream().anyMatch(r -> tainted(r, depth + 1))) {
          return true;
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
    if (!branch.getChildByFieldName("alternative").isNull()) {
      return;
    }
    Matcher matcher = NEGATED_CHECK.matcher(tree.text(branch.getChildByFieldName("condition")));
    if (!matcher.matches()) {
      return;
    }
    String name =
        matcher.group(1) != null
            ? matcher.group(1)
            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    Matcher reset = RESET.matcher(exit);
    if (GUARD_EXIT.matcher(exit).find() || (reset.matches() && reset.group(1).equals(name))) {
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

  private boolean isSource(String text) {
    return SOURCE.matcher(text).find() || (untrusted && EXTERNAL.matcher(text).find());
  }

  // A route parameter carries request data; a helper's parameter carries what its callers in the
  // file pass; an entry point nobody in the file calls carries whatever its unknown callers pass.
  private boolean parameterTainted(String key, int depth) {
    PythonParameters.Parameter parameter = functions.parameter(key);
    if (parameter == null || parameter.scalar()) {
      return false;
    }
    if (parameter.route()) {
      return !FRAMEWORK_PARAMETERS.contains(parameter.name());
    }
    List<PythonCall> calls = functions.callsOf(parameter.function());
    if (calls.isEmpty()) {
      return untrusted;
    }
    return calls.stream()
        .anyMatch(
            c -> functions.argumentFor(c, parameter).map(a -> tainted(a, depth + 1)).orElse(false));
  }

  // if next_url.startswith("/"): redirect(next_url) / if name in ALLOWED: ... / if is_safe(url):
  private boolean checkedAround(TSNode identifier) {
    String name = Pattern.quote(tree.text(identifier));
    Pattern check = null;
    TSNode child = identifier;
    for (TSNode p = identifier.getParent(); !p.isNull(); child = p, p = p.getParent()) {
      String type = p.getType();
      if (type.equals("function_definition")) {
        return false;
      }
      if ((type.equals("if_statement") || type.equals("elif_clause"))
          && child.equals(p.getChildByFieldName("consequence"))) {
        String condition = tree.text(p.getChildByFieldName("condition")).strip();
        if (check == null) {
          check = Pattern.compile(String.format(POSITIVE_CHECK, name));
        }
        if (!condition.startsWith("not ") && check.matcher(condition).find()) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Request data inside JavaScript/TypeScript functions: Express ({@code req.query/params/body/
 * cookies/headers}) and Koa ({@code ctx.request.*}, {@code ctx.query}, {@code ctx.params}),
 * followed through locals, destructuring, templates and calls, and stopped by numeric conversion,
 * encoding and {@code path.basename}.
 */
final class JsTaint {

  private static final Pattern SOURCE =
      Pattern.compile(
          "^(req|request)\\.(query|params|body|cookies|signedCookies|headers|url|originalUrl"
              + "|path|hostname|get|header|param|files?)\\b"
              + "|^ctx\\.(request\\.(query|body|headers|url|href|path|files?)|query|params|headers"
              + "|cookies\\.get|get|url|path|href)\\b"
              + "|^event\\.(body|queryStringParameters|pathParameters|multiValueQueryStringParameters"
              + "|headers)\\b"
              + "|^(window\\.)?(document\\.)?location\\.(search|hash)\\b|^document\\.(URL|referrer)\\b");
  // Outside a request: the environment and the command line.
  private static final Pattern EXTERNAL = Pattern.compile("^process\\.(env|argv)\\b");
  private static final Set<String> FRAMEWORK_PARAMETERS =
      Set.of("req", "res", "request", "response", "ctx", "context", "next", "reply", "h", "app");
  private static final Pattern SANITIZER =
      Pattern.compile(
          "(?i)(^|\\.)(parseInt|parseFloat|Number|Boolean|encodeURIComponent|encodeURI|escape\\w*"
              + "|sanitize\\w*|basename|isValid\\w*|isAllowed\\w*|includes|has|test|indexOf"
              + "|startsWith|endsWith|length)$");
  private static final int MAX_DEPTH = 60;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern NEGATED_CHECK =
      Pattern.compile(
          "^\\(?\\s*!\\s*(?:(\\w+)\\.(?:startsWith|match|test)\\(|\\w+\\.(?:includes|has|test)\\((\\w+)\\))");
  private static final String POSITIVE_CHECK =
      "\\b%1$s\\.(startsWith|endsWith)\\(|(includes|has|test)\\(%1$s\\)"
          + "|(isValid|isAllowed|isSafe|isTrusted|validate|allowed)\\w*\\(%1$s\\b";
  private static final String CHECK_OF =
      "(%1$s\\.(startsWith|endsWith|match)\\(|(includes|has|test)\\(%1$s\\))";

  private final SyntaxTree tree;
  private final JsValues values;
  private final JsParameters functions;
  private final boolean untrusted;
  private final Set<String> destructured = new HashSet<>();
  private final Set<String> guarded = new HashSet<>();
  private final Map<Long, Boolean> memo = new HashMap<>();

  /**
   * Request data only when {@code untrusted} is false; when true, also the environment, the command
   * line and the parameters of functions that no code of the file calls (entry points whose callers
   * are unknown).
   */
  JsTaint(SyntaxTree tree, JsValues values, TreeNodes nodes, boolean untrusted) {
    this.tree = tree;
    this.values = values;
    this.untrusted = untrusted;
    this.functions = JsParameters.of(tree, nodes);
    nodes.forEach(
        (node, type) -> {
          if (type.equals("variable_declarator")) {
            indexDestructuring(node);
          } else if (type.equals("if_statement")) {
            indexGuard(node);
          }
        });
  }

  JsValues values() {
    return values;
  }

  /** What function {@code name} of this file returns; empty when it is not from this file. */
  List<TSNode> returnsOf(String name) {
    return functions.returnsOf(name);
  }

  /** True when {@code node} may carry request data. */
  boolean isTainted(TSNode node) {
    return tainted(node, 0);
  }

  // const { url } = req.query; -> url carries request data.
  private void indexDestructuring(TSNode node) {
    if (!node.getType().equals("variable_declarator")) {
      return;
    }
    TSNode name = node.getChildByFieldName("name");
    TSNode value = node.getChildByFieldName("value");
    if (name.isNull() || value.isNull() || name.getType().equals("identifier")) {
      return;
    }
    if (SOURCE.matcher(tree.text(value)).find() || tree.text(value).matches("(req|ctx)")) {
      SyntaxTree.walk(
          name,
          n -> {
            if (n.getType().equals("identifier")
                || n.getType().equals("shorthand_property_identifier_pattern")) {
              destructured.add(values.key(n, tree.text(n)));
            }
          });
    }
  }

  // if (!target.startsWith(ROOT)) { return; } / if (!ALLOWED.includes(x)) throw ...
  private void indexGuard(TSNode node) {
    if (!node.getType().equals("if_statement")
        || !node.getChildByFieldName("alternative").isNull()) {
      return;
    }
    String consequence = tree.text(node.getChildByFieldName("consequence"));
    if (!consequence.contains("return") && !consequence.contains("throw")) {
      return;
    }
    java.util.regex.Matcher matcher =
        NEGATED_CHECK.matcher(tree.text(node.getChildByFieldName("condition")).strip());
    if (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      TSNode scope = node;
      guarded.add(values.key(scope, name));
    }
  }

  // allowed(x) ? x : fallback: the branch taken only for checked values is clean.
  private boolean ternary(TSNode node, int depth) {
    TSNode consequence = node.getChildByFieldName("consequence");
    TSNode alternative = node.getChildByFieldName("alternative");
    String condition = tree.text(node.getChildByFieldName("condition"));
    boolean checked =
        !consequence.isNull()
            && Pattern.compile(String.format(CHECK_OF, Pattern.quote(tree.text(consequence))))
                .matcher(condition)
                .find();
    return (!checked && tainted(consequence, depth + 1)) || tainted(alternative, depth + 1);
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
    memo.put(id, false); // a cycle through names ends as "not tainted" on this path
    boolean result = compute(node, depth);
    memo.put(id, result);
    return result;
  }

  private boolean compute(TSNode node, int depth) {
    switch (node.getType()) {
      case "identifier":
        if (guarded.contains(values.resolvedKey(node)) || checkedAround(node)) {
          return false;
        }
        if (destructured.contains(values.resolvedKey(node))) {
          return true;
        }
        Reaching reaching = values.reaching(node);
        if (reaching.values().stream().anyMatch(v -> tainted(v, depth + 1))) {
          return true;
        }
        return reaching.initialReaches()
            && values.isParameter(node)
            && parameterTainted(values.resolvedKey(node), depth);
      case "string", "number", "true", "false", "null", "undefined", "regex", "comment":
        return false;
      case "member_expression", "subscript_expression":
        if (isSource(tree.text(node))) {
          return true;
        }
        // FEEDS[key]: a lookup in a constant table yields one of its constant values.
        TSNode object = node.getChildByFieldName("object");
        return !CONSTANT_NAME.matcher(tree.text(object)).matches() && tainted(object, depth + 1);
      case "call_expression":
        TSNode arguments = node.getChildByFieldName("arguments");
        if (!arguments.isNull() && arguments.getType().equals("template_string")) {
          return false; // a tagged template (sql`...`, html`...`) binds or escapes what it holds
        }
        TSNode function = node.getChildByFieldName("function");
        if (!function.isNull() && SANITIZER.matcher(tree.text(function)).find()) {
          return false;
        }
        if (isSource(tree.text(node))) {
          return true;
        }
        JsCall call = JsCall.of(node, "call_expression", tree).orElse(null);
        if (call != null
            && (call.receiver().isEmpty() || call.receiver().equals("this"))
            && functions.returnsOf(call.name()).stream().anyMatch(r -> tainted(r, depth + 1))) {
          return true;
        }
        break;
      case "arrow_function", "function_expression", "function":
        return false;
      case "ternary_expression":
        return ternary(node, depth);
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

  private boolean isSource(String text) {
    return SOURCE.matcher(text).find() || (untrusted && EXTERNAL.matcher(text).find());
  }

  // A decorated route parameter carries request data; a helper's parameter carries what its
  // callers in the file pass; an entry point nobody in the file calls carries whatever its unknown
  // callers pass.
  private boolean parameterTainted(String key, int depth) {
    JsParameters.Parameter parameter = functions.parameter(key);
    if (parameter == null || parameter.scalar()) {
      return false;
    }
    if (parameter.route()) {
      return true;
    }
    List<JsCall> calls = functions.callsOf(parameter.function());
    if (calls.isEmpty()) {
      return untrusted && !FRAMEWORK_PARAMETERS.contains(parameter.name());
    }
    return calls.stream()
        .anyMatch(c -> c.argument(parameter.index()).map(a -> tainted(a, depth + 1)).orElse(false));
  }

  // if (next.startsWith('/')) res.redirect(next) / if (ALLOWED.includes(sort)) ...
  private boolean checkedAround(TSNode identifier) {
    Pattern check = null;
    TSNode child = identifier;
    for (TSNode p = identifier.getParent(); !p.isNull(); child = p, p = p.getParent()) {
      String type = p.getType();
      if (type.equals("function_declaration")
          || type.equals("method_definition")
          || type.equals("program")) {
        return false;
      }
      if (type.equals("if_statement") && child.equals(p.getChildByFieldName("consequence"))) {
        String condition =
            tree.text(p.getChildByFieldName("condition")).replaceFirst("^\\(\\s*", "");
        if (check == null) {
          check =
              Pattern.compile(String.format(POSITIVE_CHECK, Pattern.quote(tree.text(identifier))));
        }
        if (!condition.startsWith("!") && check.matcher(condition).find()) {
          return true;
        }
      }
    }
    return false;
  }
}

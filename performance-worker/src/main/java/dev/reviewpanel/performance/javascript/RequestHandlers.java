package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Recognizes HTTP request handlers: functions taking {@code (req, res)} (or Koa's {@code (ctx,
 * next)}) and callbacks registered with {@code app.get(...)}, {@code router.post(...)}, ...
 */
final class RequestHandlers {

  private static final Set<String> REQUESTS = Set.of("req", "request");
  private static final Set<String> ROUTE_METHODS =
      Set.of("get", "post", "put", "patch", "delete", "all", "use", "head", "options", "route");
  private static final Pattern ROUTER = Pattern.compile("(?i).*(app|router|server|fastify|api)");

  private RequestHandlers() {}

  /** The handler function {@code node} runs in, if any of its enclosing functions is one. */
  static Optional<TSNode> enclosing(SyntaxTree tree, TSNode node) {
    for (TSNode p = node.getParent(); !p.isNull(); p = p.getParent()) {
      if (ScriptLoops.FUNCTIONS.contains(p.getType()) && isHandler(tree, p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean isHandler(SyntaxTree tree, TSNode function) {
    List<String> parameters = parameterNames(tree, function);
    if (parameters.size() >= 2
        && (REQUESTS.contains(parameters.get(0))
            || (parameters.get(0).equals("ctx") && parameters.get(1).equals("next")))) {
      return true;
    }
    TSNode arguments = function.getParent();
    if (arguments.isNull() || !arguments.getType().equals("arguments")) {
      return false;
    }
    TSNode callee = arguments.getParent().getChildByFieldName("function");
    if (callee.isNull() || !callee.getType().equals("member_expression")) {
      return false;
    }
    TSNode object = callee.getChildByFieldName("object");
    TSNode property = callee.getChildByFieldName("property");
    return !object.isNull()
        && !property.isNull()
        && ROUTE_METHODS.contains(tree.text(property))
        && ROUTER.matcher(tree.text(object)).matches();
  }

  private static List<String> parameterNames(SyntaxTree tree, TSNode function) {
    List<String> names = new ArrayList<>();
    TSNode single = function.getChildByFieldName("parameter");
    if (!single.isNull()) {
      names.add(tree.text(single));
      return names;
    }
    TSNode parameters = function.getChildByFieldName("parameters");
    for (int i = 0; !parameters.isNull() && i < parameters.getNamedChildCount(); i++) {
      TSNode parameter = parameters.getNamedChild(i);
      TSNode pattern = parameter.getChildByFieldName("pattern");
      TSNode left = parameter.getChildByFieldName("left");
      TSNode name = !pattern.isNull() ? pattern : !left.isNull() ? left : parameter;
      names.add(tree.text(name));
    }
    return names;
  }
}

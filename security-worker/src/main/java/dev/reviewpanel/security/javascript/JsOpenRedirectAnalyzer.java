package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Open redirect (CWE-601) in JavaScript/TypeScript: request data as the target of Express {@code
 * res.redirect} or Koa {@code ctx.redirect}.
 */
@Component
public class JsOpenRedirectAnalyzer extends JsTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.open-redirect",
          "redirect",
          "CWE-601",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Open redirect",
          "Redirect only to relative paths or allow-listed hosts, or map the input to a known"
              + " destination.");

  private static final Set<String> RECEIVERS =
      Set.of("res", "response", "resp", "ctx", "reply", "h");
  private static final Pattern LOCATION =
      Pattern.compile("(window\\.|document\\.|self\\.|top\\.)?location(\\.href)?");

  @Override
  public String name() {
    return "js-open-redirect";
  }

  @Override
  void inspectNode(TSNode node, String type, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (type.equals("assignment_expression")
        && LOCATION.matcher(tree.text(node.getChildByFieldName("left"))).matches()
        && taint.isTainted(node.getChildByFieldName("right"))
        && !pinned(node.getChildByFieldName("right"), tree, taint)) {
      report(
          findings,
          RULE,
          node,
          "Open redirect (CWE-601): URL data → "
              + tree.text(node.getChildByFieldName("left"))
              + ".");
    }
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (LOCATION.matcher(call.receiver()).matches()
        && (call.name().equals("assign") || call.name().equals("replace"))
        && call.argument(0)
            .filter(taint::isTainted)
            .filter(url -> !pinned(url, tree, taint))
            .isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Open redirect (CWE-601): URL data → " + call.qualifiedName() + "().");
      return;
    }
    if (!RECEIVERS.contains(call.receiver()) || !call.name().equals("redirect")) {
      return;
    }
    // res.redirect(status, url) puts the target second.
    int index = call.arguments().size() > 1 ? 1 : 0;
    if (call.argument(index)
        .filter(taint::isTainted)
        .filter(url -> !pinned(url, tree, taint))
        .isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Open redirect (CWE-601): request data → redirect target → "
              + call.qualifiedName()
              + "().");
    }
  }

  private static boolean pinned(TSNode url, SyntaxTree tree, JsTaint taint) {
    return JsUrlPrefix.pinned(url, JsUrlPrefix.RELATIVE, tree, taint.values())
        || JsUrlPrefix.pinned(url, JsUrlPrefix.FIXED_HOST, tree, taint.values());
  }
}

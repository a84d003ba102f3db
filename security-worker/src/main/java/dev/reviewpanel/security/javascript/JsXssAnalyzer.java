package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * DOM cross-site scripting (CWE-79): non-constant HTML assigned to {@code innerHTML}/{@code
 * outerHTML} or passed to {@code document.write}/{@code insertAdjacentHTML}. Values passed through
 * a sanitizer or escaper (DOMPurify.sanitize, escapeHtml) are safe. On the server, markup built
 * from data and sent with Express's {@code res.send}/{@code res.write}/{@code res.end}.
 */
@Component
public class JsXssAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.xss",
          "xss",
          "CWE-79",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Cross-site scripting via HTML injection",
          "Set textContent instead of innerHTML, or sanitize the HTML first (DOMPurify.sanitize).");

  private static final Set<String> HTML_PROPERTIES = Set.of("innerHTML", "outerHTML");
  private static final Pattern RESPONSE_NAME = Pattern.compile("res|resp|response|ctx\\.response");
  private static final Set<String> RESPONSE_WRITES = Set.of("send", "write", "end");
  private static final Pattern SANITIZER =
      Pattern.compile("(?i).*(sanitize|escape|encode|purify).*");

  @Override
  public String name() {
    return "js-xss";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    if (type.equals("jsx_attribute") && tree.text(node).startsWith("dangerouslySetInnerHTML")) {
      inspectReactHtml(node, tree, values, findings);
      return;
    }
    if (type.equals("assignment_expression") || type.equals("augmented_assignment_expression")) {
      TSNode left = node.getChildByFieldName("left");
      if (left.getType().equals("member_expression")
          && HTML_PROPERTIES.contains(tree.text(left.getChildByFieldName("property")))
          && isUnsafe(node.getChildByFieldName("right"), tree, values)) {
        String property = tree.text(left.getChildByFieldName("property"));
        report(findings, RULE, node, "Non-constant HTML is assigned to " + property + ".");
      }
      return;
    }
    maybeCall
        .filter(call -> !call.isNew())
        .ifPresent(
            call -> {
              boolean write =
                  call.receiver().equals("document")
                      && (call.name().equals("write") || call.name().equals("writeln"));
              int htmlArgument = write ? 0 : call.name().equals("insertAdjacentHTML") ? 1 : -1;
              if (htmlArgument >= 0
                  && call.argument(htmlArgument)
                      .filter(a -> isUnsafe(a, tree, values))
                      .isPresent()) {
                report(findings, RULE, node, call.name() + "() writes non-constant HTML.");
              } else if (isServerResponse(call)
                  && call.argument(0)
                      .filter(a -> values.isBuilt(a) && markup(a, tree, values))
                      .filter(a -> isUnsafe(a, tree, values))
                      .isPresent()) {
                report(
                    findings,
                    RULE,
                    node,
                    call.qualifiedName() + "() sends markup built from data.");
              }
            });
  }

  // <div dangerouslySetInnerHTML={{ __html: value }} />: React renders value unescaped.
  private static void inspectReactHtml(
      TSNode attribute, SyntaxTree tree, JsValues values, Findings findings) {
    SyntaxTree.walk(
        attribute,
        n -> {
          if (n.getType().equals("pair")
              && tree.text(n.getChildByFieldName("key")).equals("__html")
              && isUnsafe(n.getChildByFieldName("value"), tree, values)) {
            report(
                findings,
                RULE,
                attribute,
                "dangerouslySetInnerHTML renders non-constant, unsanitized HTML (CWE-79).");
          }
        });
  }

  // Express/Node: res.send(`<p>${name}</p>`) renders as HTML.
  private static boolean isServerResponse(JsCall call) {
    return RESPONSE_NAME.matcher(call.receiver()).matches()
        && RESPONSE_WRITES.contains(call.name());
  }

  private static boolean markup(TSNode html, SyntaxTree tree, JsValues values) {
    if (tree.text(html).contains("<")) {
      return true;
    }
    return html.getType().equals("identifier")
        && values.valuesOf(html).stream().anyMatch(v -> tree.text(v).contains("<"));
  }

  private static boolean isUnsafe(TSNode html, SyntaxTree tree, JsValues values) {
    return !values.isConstantOr(html, n -> isSanitized(n, tree));
  }

  private static boolean isSanitized(TSNode node, SyntaxTree tree) {
    return node.getType().equals("call_expression")
        && SANITIZER.matcher(tree.text(node.getChildByFieldName("function"))).matches();
  }
}

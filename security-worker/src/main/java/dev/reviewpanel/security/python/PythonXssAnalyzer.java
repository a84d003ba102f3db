package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Cross-site scripting (CWE-79) in Python: request data rendered as a template ({@code
 * render_template_string}) or marked safe ({@code Markup}, {@code mark_safe}), or built into the
 * HTML of a response ({@code make_response}, {@code HttpResponse}) without escaping.
 */
@Component
public class PythonXssAnalyzer extends PythonTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.xss",
          "xss",
          "CWE-79",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Cross-site scripting",
          "Render with a template file and autoescaping (render_template), pass input as a"
              + " context variable, and never mark input as safe markup.");

  private static final Set<String> TEMPLATE_SINKS =
      Set.of("render_template_string", "Markup", "mark_safe", "Template", "format_html_join");
  private static final Set<String> RESPONSE_SINKS =
      Set.of("make_response", "HttpResponse", "HTMLResponse");

  @Override
  public String name() {
    return "python-xss";
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    PythonValues values = PythonValues.of(tree, nodes);
    PythonTaint taint = new PythonTaint(tree, values, nodes, false);
    PythonCalls calls = PythonCalls.of(tree, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      if (values.isDead(nodes.node(i))) {
        continue;
      }
      if (nodes.type(i).equals("return_statement")) {
        inspectReturn(nodes.node(i), tree, taint, findings);
      } else if (calls.at(i) != null) {
        inspect(calls.at(i), tree, taint, findings);
      }
    }
  }

  // return "<p>" + name: a Flask view's string return value is served as text/html.
  private static void inspectReturn(
      TSNode statement, SyntaxTree tree, PythonTaint taint, Findings findings) {
    if (statement.getNamedChildCount() == 0) {
      return;
    }
    TSNode value = statement.getNamedChild(0);
    boolean markup =
        (value.getType().equals("binary_operator") || value.getType().equals("string"))
            && tree.text(value).contains("<");
    if (markup && taint.isTainted(value)) {
      report(
          findings,
          RULE,
          statement,
          "Cross-site scripting (CWE-79): request data → HTML response body (not escaped).");
    }
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    boolean template = TEMPLATE_SINKS.contains(call.name());
    TSNode body = argument(call, 0, "content", tree).orElse(null);
    boolean response =
        RESPONSE_SINKS.contains(call.name()) && body != null && markup(body, tree, taint);
    if ((template || response)
        && (template ? call.argument(0) : Optional.ofNullable(body))
            .filter(taint::isTainted)
            .isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Cross-site scripting (CWE-79): request data → HTML → " + call.qualifiedName() + "().");
    }
  }

  // "<p>..." itself, or a name holding it: html = f"<p>{name}</p>"; HttpResponse(html)
  private static boolean markup(TSNode body, SyntaxTree tree, PythonTaint taint) {
    return tree.text(body).contains("<")
        || (body.getType().equals("identifier")
            && taint.values().valuesOf(body).stream().anyMatch(v -> tree.text(v).contains("<")));
  }
}

package dev.reviewpanel.security.templates;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Template autoescaping switched off in code (CWE-79/CWE-116): Jinja2 {@code
 * Environment(autoescape=False)} (not a one-off {@code Context(autoescape=False)} for plain text),
 * Django's {@code "autoescape": False} template option, nunjucks and swig {@code autoescape:
 * false}, Handlebars {@code noEscape: true}. Every value any template of that engine prints is then
 * written as HTML.
 */
@Component
public class AutoescapeSwitchAnalyzer extends NamedAnalyzer {

  // option name -> the literal that turns escaping off, as tree-sitter names it
  private static final Map<String, String> SWITCHES =
      Map.of("autoescape", "false", "noEscape", "true");

  static final Rule PYTHON = rule("python.autoescape-disabled");
  static final Rule JAVASCRIPT = rule("javascript.autoescape-disabled");

  public AutoescapeSwitchAnalyzer() {
    super("autoescape-switch", Set.of(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Rule rule = file.language() == Language.PYTHON ? PYTHON : JAVASCRIPT;
    tree.walk(
        node -> {
          String type = node.getType();
          TSNode key;
          TSNode value;
          if (type.equals("keyword_argument")) {
            if (!constructsEnvironment(node, tree)) {
              return; // Context(..., autoescape=False) renders one plain-text result
            }
            key = node.getChildByFieldName("name");
            value = node.getChildByFieldName("value");
          } else if (type.equals("pair")) {
            key = node.getChildByFieldName("key");
            value = node.getChildByFieldName("value");
          } else {
            return;
          }
          if (key.isNull() || value.isNull()) {
            return;
          }
          String name = unquote(tree.text(key));
          String off = SWITCHES.get(name);
          if (off != null && value.getType().equals(off)) {
            int line = SyntaxTree.startLine(node);
            findings.report(
                rule,
                line,
                line,
                "Template autoescaping turned off ("
                    + tree.text(node).replaceAll("\\s+", " ")
                    + "): every value the templates of this engine print is written as HTML, so"
                    + " any text a user can write runs as script in the page.");
          }
        });
  }

  // Environment(...), SandboxedEnvironment(...), jinja2.Environment(...): a whole engine
  private static boolean constructsEnvironment(TSNode keyword, SyntaxTree tree) {
    TSNode arguments = keyword.getParent();
    TSNode call = arguments.isNull() ? arguments : arguments.getParent();
    if (call.isNull() || !call.getType().equals("call")) {
      return false;
    }
    TSNode function = call.getChildByFieldName("function");
    return !function.isNull() && tree.text(function).endsWith("Environment");
  }

  private static String unquote(String text) {
    return text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static Rule rule(String id) {
    return new Rule(
        id,
        "xss",
        "CWE-116",
        Severity.MEDIUM,
        Confidence.HIGH,
        "Template autoescaping disabled",
        "Leave autoescaping on (Jinja2: autoescape=select_autoescape(); Django: drop the option)"
            + " and mark the few trusted fragments safe one by one; for plain-text output such as"
            + " e-mail bodies use a separate environment for .txt templates only.");
  }
}

package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.TreeSecretScan;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Hard-coded credentials (CWE-798) in JavaScript/TypeScript: string literals in credential-named
 * variables, properties, class fields and object keys, or as the fallback of {@code process.env};
 * Express session and cookie-parser secrets and Koa's signing keys whatever their value; and
 * literals in a provider's token format anywhere.
 */
@Component
public class JsHardcodedSecretAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.hardcoded-secret",
          "secrets",
          "CWE-798",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Hard-coded credential",
          "Read credentials from process.env or a secret manager, rotate the exposed one, and"
              + " remove it from version control history.");
  private static final TreeSecretScan.Syntax SYNTAX =
      new TreeSecretScan.Syntax(
          Set.of("string", "template_string"),
          "template_substitution",
          null,
          Set.of("array"),
          JsHardcodedSecretAnalyzer::environmentFallback);
  private static final Set<String> SESSION_MIDDLEWARE =
      Set.of("session", "expressSession", "cookieSession", "fastifySession", "koaSession");
  private static final String SIGNS_COOKIES = "whoever reads the code can forge signed cookies";

  public JsHardcodedSecretAnalyzer() {
    super("js-hardcoded-secret", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeSecretScan scan = new TreeSecretScan(RULE, file, findings, SYNTAX);
    TreeNodes nodes = TreeNodes.of(file);
    nodes.forEach(
        (node, type) -> {
          switch (type) {
            case "variable_declarator" ->
                scan.named(
                    name(tree, node.getChildByFieldName("name")),
                    node.getChildByFieldName("value"));
            case "assignment_expression" -> assignment(tree, scan, node);
            case "public_field_definition", "field_definition" ->
                scan.named(name(tree, fieldName(node)), node.getChildByFieldName("value"));
            case "pair" -> pair(tree, scan, node);
            case "call_expression" -> cookieParser(tree, scan, node);
            default -> {}
          }
        });
    scan.tokenFormats(nodes, "string");
  }

  private static void assignment(SyntaxTree tree, TreeSecretScan scan, TSNode node) {
    TSNode left = node.getChildByFieldName("left");
    String name = name(tree, left);
    if (name.equals("keys") && left.getType().equals("member_expression")) {
      scan.framework(
          "Koa's signing keys (" + tree.text(left) + ")",
          SIGNS_COOKIES,
          node.getChildByFieldName("right"));
    } else {
      scan.named(name, node.getChildByFieldName("right"));
    }
  }

  // session({ secret: '...' }): the secret Express signs the session cookie with
  private static void pair(SyntaxTree tree, TreeSecretScan scan, TSNode pair) {
    String key = name(tree, pair.getChildByFieldName("key"));
    TSNode value = pair.getChildByFieldName("value");
    String middleware = middlewareOf(tree, pair);
    if (middleware != null && (key.equals("secret") || key.equals("keys"))) {
      scan.framework("the " + middleware + "() " + key, SIGNS_COOKIES, value);
    } else {
      scan.named(key, value);
    }
  }

  private static String middlewareOf(SyntaxTree tree, TSNode pair) {
    TSNode object = pair.getParent();
    TSNode arguments = object.isNull() ? object : object.getParent();
    TSNode call = arguments.isNull() ? arguments : arguments.getParent();
    if (call.isNull() || !call.getType().equals("call_expression")) {
      return null;
    }
    String callee = name(tree, call.getChildByFieldName("function"));
    return SESSION_MIDDLEWARE.contains(callee) ? callee : null;
  }

  // cookieParser('secret'): the secret cookie-parser signs cookies with
  private static void cookieParser(SyntaxTree tree, TreeSecretScan scan, TSNode call) {
    if (name(tree, call.getChildByFieldName("function")).equals("cookieParser")) {
      TSNode arguments = call.getChildByFieldName("arguments");
      if (!arguments.isNull() && arguments.getNamedChildCount() > 0) {
        scan.framework("the cookieParser() secret", SIGNS_COOKIES, arguments.getNamedChild(0));
      }
    }
  }

  private static TSNode fieldName(TSNode field) {
    TSNode name = field.getChildByFieldName("name");
    return name.isNull() ? field.getChildByFieldName("property") : name;
  }

  /** The name a target stands for: an identifier, a property, or a quoted key. */
  private static String name(SyntaxTree tree, TSNode node) {
    if (node.isNull()) {
      return "";
    }
    return switch (node.getType()) {
      case "identifier", "property_identifier", "private_property_identifier" ->
          tree.text(node).replace("#", "");
      case "member_expression" -> tree.text(node.getChildByFieldName("property"));
      case "string" -> literal(tree, node).orElse("");
      default -> "";
    };
  }

  /** The content of a string literal or a template without substitutions. */
  private static Optional<String> literal(SyntaxTree tree, TSNode node) {
    return TreeSecretScan.stringContent(
        tree, node, SYNTAX.strings(), SYNTAX.interpolation(), SYNTAX.content());
  }

  // process.env.KEY || 'fallback' and process.env.KEY ?? 'fallback'
  private static TSNode environmentFallback(SyntaxTree tree, TSNode value) {
    return value.getType().equals("binary_expression")
            && tree.text(value.getChildByFieldName("left")).startsWith("process.env")
        ? value.getChildByFieldName("right")
        : null;
  }
}

package dev.reviewpanel.security.python;

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
 * Hard-coded credentials (CWE-798) in Python: string literals assigned to credential-named names,
 * attributes and subscripts, passed as credential-named keyword arguments or defaults, stored under
 * credential-named dictionary keys or as the fallback of an environment lookup; Flask's and
 * Django's secret keys whatever their value; and literals in a provider's token format anywhere.
 */
@Component
public class PythonHardcodedSecretAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.hardcoded-secret",
          "secrets",
          "CWE-798",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Hard-coded credential",
          "Read credentials from the environment (os.environ) or a secret manager, rotate the"
              + " exposed one, and remove it from version control history.");
  private static final TreeSecretScan.Syntax SYNTAX =
      new TreeSecretScan.Syntax(
          Set.of("string"),
          "interpolation",
          "string_content",
          Set.of("list", "tuple"),
          PythonHardcodedSecretAnalyzer::environmentFallback);
  private static final String SIGNS_SESSIONS = "whoever reads the code can forge session cookies";

  public PythonHardcodedSecretAnalyzer() {
    super("python-hardcoded-secret", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeSecretScan scan = new TreeSecretScan(RULE, file, findings, SYNTAX);
    boolean settings = file.path().matches("(?:.*/)?settings(?:_\\w+)?\\.py|(?:.*/)?settings/.*");
    TreeNodes nodes = TreeNodes.of(file);
    nodes.forEach(
        (node, type) -> {
          switch (type) {
            case "assignment" -> assignment(tree, scan, node, settings);
            case "keyword_argument", "default_parameter", "typed_default_parameter" ->
                scan.named(
                    tree.text(node.getChildByFieldName("name")), node.getChildByFieldName("value"));
            case "pair" ->
                scan.literal(node.getChildByFieldName("key"))
                    .ifPresent(key -> scan.named(key, node.getChildByFieldName("value")));
            default -> {}
          }
        });
    scan.tokenFormats(nodes, "string");
  }

  private static void assignment(
      SyntaxTree tree, TreeSecretScan scan, TSNode node, boolean settings) {
    TSNode left = node.getChildByFieldName("left");
    TSNode right = node.getChildByFieldName("right");
    if (left.isNull()) {
      return;
    }
    switch (left.getType()) {
      case "attribute" -> {
        String attribute = tree.text(left.getChildByFieldName("attribute"));
        if (attribute.equals("secret_key")) {
          scan.framework("the Flask secret key (" + tree.text(left) + ")", SIGNS_SESSIONS, right);
        } else {
          scan.named(attribute, right);
        }
      }
      case "subscript" -> {
        Optional<String> key = scan.literal(left.getChildByFieldName("subscript"));
        if (key.filter("SECRET_KEY"::equals).isPresent()) {
          scan.framework("the Flask secret key (" + tree.text(left) + ")", SIGNS_SESSIONS, right);
        } else {
          key.ifPresent(k -> scan.named(k, right));
        }
      }
      case "identifier" -> {
        String name = tree.text(left);
        if (settings && name.equals("SECRET_KEY")) {
          scan.framework("the Django SECRET_KEY", SIGNS_SESSIONS, right);
        } else {
          scan.named(name, right);
        }
      }
      default -> {}
    }
  }

  // os.environ.get("KEY", "fallback") and os.getenv("KEY", "fallback")
  private static TSNode environmentFallback(SyntaxTree tree, TSNode value) {
    if (!value.getType().equals("call")) {
      return null;
    }
    String callee = tree.text(value.getChildByFieldName("function"));
    TSNode arguments = value.getChildByFieldName("arguments");
    return (callee.endsWith("environ.get") || callee.endsWith("getenv"))
            && !arguments.isNull()
            && arguments.getNamedChildCount() == 2
        ? arguments.getNamedChild(1)
        : null;
  }
}

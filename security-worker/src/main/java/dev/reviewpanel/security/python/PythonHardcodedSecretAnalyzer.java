package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.TreeSecretScan;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.List;
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
public class PythonHardcodedSecretAnalyzer implements Analyzer {

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
  private static final String SIGNS_SESSIONS = "whoever reads the code can forge session cookies";

  @Override
  public String name() {
    return "python-hardcoded-secret";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.PYTHON);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    TreeSecretScan scan = new TreeSecretScan(RULE, file, findings, new PythonValues(tree));
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
                literal(tree, node.getChildByFieldName("key"))
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
        Optional<String> key = literal(tree, left.getChildByFieldName("subscript"));
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

  /** The content of a plain string literal (no interpolation). */
  static Optional<String> literal(SyntaxTree tree, TSNode node) {
    if (node == null || node.isNull() || !node.getType().equals("string")) {
      return Optional.empty();
    }
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (child.getType().equals("interpolation")) {
        return Optional.empty();
      }
      if (child.getType().equals("string_content")) {
        content.append(tree.text(child));
      }
    }
    return Optional.of(content.toString());
  }

  /** Python's literals: strings, list and tuple elements, {@code os.environ.get} fallbacks. */
  private record PythonValues(SyntaxTree tree) implements TreeSecretScan.Values {

    @Override
    public Optional<String> literal(TSNode node) {
      return PythonHardcodedSecretAnalyzer.literal(tree, node);
    }

    @Override
    public List<TSNode> candidates(TSNode value) {
      List<TSNode> candidates = new ArrayList<>();
      switch (value.getType()) {
        case "list", "tuple" -> {
          for (int i = 0; i < value.getNamedChildCount(); i++) {
            candidates.add(value.getNamedChild(i));
          }
        }
        case "call" -> {
          String callee = tree.text(value.getChildByFieldName("function"));
          TSNode arguments = value.getChildByFieldName("arguments");
          if ((callee.endsWith("environ.get") || callee.endsWith("getenv"))
              && !arguments.isNull()
              && arguments.getNamedChildCount() == 2) {
            candidates.add(arguments.getNamedChild(1));
          }
        }
        default -> candidates.add(value);
      }
      return candidates;
    }
  }
}

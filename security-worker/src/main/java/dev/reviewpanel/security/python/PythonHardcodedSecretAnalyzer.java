package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.RedactionGuard;
import dev.reviewpanel.security.secrets.SecretNames;
import dev.reviewpanel.security.secrets.SecretValues;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Hard-coded credentials (CWE-798) in Python: string literals assigned to credential-named names or
 * attributes, passed as credential-named keyword arguments or defaults, stored under
 * credential-named dictionary keys, and literals shaped like well-known tokens anywhere.
 */
@Component
public class PythonHardcodedSecretAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "python.hardcoded-secret",
          "secrets",
          "CWE-798",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Hard-coded credential",
          "Read credentials from the environment (os.environ) or a secret manager, rotate the"
              + " exposed one, and remove it from version control history.");

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
    Set<Integer> reported = new HashSet<>();
    TreeNodes nodes = TreeNodes.of(file);
    nodes.forEach(
        (node, type) -> {
          switch (type) {
            case "assignment" ->
                check(
                    file,
                    findings,
                    reported,
                    holder(tree, node.getChildByFieldName("left")),
                    node.getChildByFieldName("right"));
            case "keyword_argument", "default_parameter", "typed_default_parameter" ->
                check(
                    file,
                    findings,
                    reported,
                    tree.text(node.getChildByFieldName("name")),
                    node.getChildByFieldName("value"));
            case "pair" ->
                literal(tree, node.getChildByFieldName("key"))
                    .ifPresent(
                        key ->
                            check(
                                file, findings, reported, key, node.getChildByFieldName("value")));
            default -> {}
          }
        });
    nodes.forEach(
        (node, type) -> {
          if (type.equals("string") && !reported.contains(node.getStartByte())) {
            literal(tree, node)
                .flatMap(SecretValues::tokenShape)
                .ifPresent(
                    shape ->
                        report(
                            file,
                            findings,
                            reported,
                            node,
                            literal(tree, node).get(),
                            "a literal shaped like a " + shape));
          }
        });
  }

  private static void check(
      ParsedFile file, Findings findings, Set<Integer> reported, String holder, TSNode value) {
    if (value == null || value.isNull() || !SecretNames.isSecret(holder)) {
      return;
    }
    literal(file.syntaxTree(), value)
        .filter(SecretValues::isCredential)
        .ifPresent(secret -> report(file, findings, reported, value, secret, "'" + holder + "'"));
  }

  private static void report(
      ParsedFile file,
      Findings findings,
      Set<Integer> reported,
      TSNode node,
      String secret,
      String holder) {
    reported.add(node.getStartByte());
    RedactionGuard.report(
        RULE,
        file,
        findings,
        SyntaxTree.startLine(node),
        SyntaxTree.endLine(node),
        secret,
        "Credential hard-coded in " + holder + ".");
  }

  /** The name an assignment target stands for: {@code x} or the attribute of {@code self.x}. */
  private static String holder(SyntaxTree tree, TSNode left) {
    if (left.isNull()) {
      return "";
    }
    if (left.getType().equals("attribute")) {
      return tree.text(left.getChildByFieldName("attribute"));
    }
    return left.getType().equals("identifier") ? tree.text(left) : "";
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
}

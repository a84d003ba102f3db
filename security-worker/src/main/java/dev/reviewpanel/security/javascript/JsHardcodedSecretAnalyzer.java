package dev.reviewpanel.security.javascript;

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
 * Hard-coded credentials (CWE-798) in JavaScript/TypeScript: string literals in credential-named
 * variables, properties, class fields and object keys, and literals shaped like well-known tokens.
 */
@Component
public class JsHardcodedSecretAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "javascript.hardcoded-secret",
          "secrets",
          "CWE-798",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Hard-coded credential",
          "Read credentials from process.env or a secret manager, rotate the exposed one, and"
              + " remove it from version control history.");

  @Override
  public String name() {
    return "js-hardcoded-secret";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Set<Integer> reported = new HashSet<>();
    TreeNodes nodes = TreeNodes.of(file);
    nodes.forEach(
        (node, type) -> {
          switch (type) {
            case "variable_declarator" ->
                check(
                    file,
                    findings,
                    reported,
                    name(tree, node.getChildByFieldName("name")),
                    node.getChildByFieldName("value"));
            case "assignment_expression" ->
                check(
                    file,
                    findings,
                    reported,
                    name(tree, node.getChildByFieldName("left")),
                    node.getChildByFieldName("right"));
            case "public_field_definition", "field_definition" ->
                check(
                    file,
                    findings,
                    reported,
                    name(tree, fieldName(node)),
                    node.getChildByFieldName("value"));
            case "pair" ->
                check(
                    file,
                    findings,
                    reported,
                    name(tree, node.getChildByFieldName("key")),
                    node.getChildByFieldName("value"));
            default -> {}
          }
        });
    nodes.forEach(
        (node, type) -> {
          if (type.equals("string") && !reported.contains(node.getStartByte())) {
            String text = literal(tree, node).orElse("");
            SecretValues.tokenShape(text)
                .ifPresent(
                    shape ->
                        report(
                            file,
                            findings,
                            reported,
                            node,
                            text,
                            "a literal shaped like a " + shape));
          }
        });
  }

  private static TSNode fieldName(TSNode field) {
    TSNode name = field.getChildByFieldName("name");
    return name.isNull() ? field.getChildByFieldName("property") : name;
  }

  private static void check(
      ParsedFile file, Findings findings, Set<Integer> reported, String holder, TSNode value) {
    if (value.isNull() || !SecretNames.isSecret(holder)) {
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
    if (node.isNull()
        || !(node.getType().equals("string") || node.getType().equals("template_string"))) {
      return Optional.empty();
    }
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (child.getType().equals("template_substitution")) {
        return Optional.empty();
      }
      content.append(tree.text(child));
    }
    return Optional.of(content.toString());
  }
}

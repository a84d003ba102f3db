package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.SecurityNames;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Predictable randomness (CWE-330) in JavaScript/TypeScript: {@code Math.random()} producing a
 * token, password, one-time code, salt or session id, judged by the name the value ends up in
 * (variable, property, object key) or the function that makes it. {@code crypto.randomBytes},
 * {@code randomUUID}, {@code randomInt} and {@code getRandomValues} are safe; jitter and shuffling
 * are left alone.
 */
@Component
public class JsInsecureRandomAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.insecure-random",
          "crypto",
          "CWE-330",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Predictable random value used for security",
          "Generate tokens, passwords, codes and ids with crypto.randomBytes, crypto.randomUUID,"
              + " crypto.randomInt or crypto.getRandomValues; Math.random is predictable.");

  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "method_definition",
          "generator_function_declaration",
          "class_declaration");
  private static final Set<String> LAMBDAS = Set.of("arrow_function", "function_expression");

  @Override
  public String name() {
    return "js-insecure-random";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall
        .filter(call -> call.receiver().equals("Math") && call.name().equals("random"))
        .flatMap(call -> securityName(node, tree))
        .ifPresent(
            name ->
                report(
                    findings,
                    RULE,
                    node,
                    "Math.random() is predictable but becomes security data in " + name + "."));
  }

  // The first security name on the way up: a variable, an assigned property, an object key, a
  // keyword-like option, or the function (or the variable holding the arrow function) around it.
  private static Optional<String> securityName(TSNode draw, SyntaxTree tree) {
    boolean leftLambda = false;
    for (TSNode node = draw.getParent(); !node.isNull(); node = node.getParent()) {
      String type = node.getType();
      String name =
          switch (type) {
            case "variable_declarator" -> tree.text(node.getChildByFieldName("name"));
            case "assignment_expression", "augmented_assignment_expression" ->
                lastName(tree.text(node.getChildByFieldName("left")));
            case "pair" -> lastName(tree.text(node.getChildByFieldName("key")));
            case "function_declaration", "method_definition", "generator_function_declaration" ->
                tree.text(node.getChildByFieldName("name"));
            default -> "";
          };
      if (SecurityNames.isSecurityName(name)) {
        return Optional.of(name);
      }
      if (FUNCTIONS.contains(type) || (leftLambda && !name.isEmpty())) {
        return Optional.empty();
      }
      leftLambda |= LAMBDAS.contains(type);
    }
    return Optional.empty();
  }

  // this.resetToken -> resetToken; session['token'] -> token
  private static String lastName(String target) {
    String cleaned = target.replaceAll("[\\[\\]'\"`]", " ").strip();
    int cut = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(' '));
    return cut < 0 ? cleaned : cleaned.substring(cut + 1);
  }
}

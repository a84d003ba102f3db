package dev.reviewpanel.security.python;

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
 * Predictable randomness (CWE-330) in Python: the {@code random} module (or a seeded {@code
 * random.Random}, or {@code numpy.random}) producing a token, password, one-time code, salt or
 * session id, judged by the name the value ends up in (variable, attribute, keyword, dict key) or
 * the function that makes it. {@code secrets} and {@code random.SystemRandom} are safe; shuffling,
 * sampling and jitter are left alone.
 */
@Component
public class PythonInsecureRandomAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.insecure-random",
          "crypto",
          "CWE-330",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Predictable random value used for security",
          "Generate tokens, passwords, codes and salts with the secrets module"
              + " (secrets.token_urlsafe, secrets.choice, secrets.randbelow); random is"
              + " predictable from a few outputs.");

  private static final Set<String> DRAWS =
      Set.of(
          "random",
          "randint",
          "randrange",
          "choice",
          "choices",
          "sample",
          "getrandbits",
          "randbytes",
          "uniform",
          "shuffle",
          "rand",
          "bytes");
  private static final Set<String> MODULES = Set.of("random", "np.random", "numpy.random");

  @Override
  public String name() {
    return "python-insecure-random";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (!DRAWS.contains(call.name()) || !isGenerator(call, tree, values)) {
      return;
    }
    securityName(call.node(), tree)
        .ifPresent(
            name ->
                report(
                    findings,
                    RULE,
                    call.node(),
                    "random."
                        + call.name()
                        + "() is predictable but becomes security data in "
                        + name
                        + "."));
  }

  // random.choice, numpy.random.randint, rng.choice with rng = random.Random(seed), or a bare
  // choice() imported from random.
  private static boolean isGenerator(PythonCall call, SyntaxTree tree, PythonValues values) {
    String receiver = call.receiver();
    if (MODULES.contains(receiver) || receiver.matches("random\\.Random\\(.*\\)")) {
      return true;
    }
    if (receiver.isEmpty()) {
      return importedFromRandom(call.node(), call.name(), tree);
    }
    TSNode function = call.node().getChildByFieldName("function");
    TSNode object = function.getChildByFieldName("object");
    return object.getType().equals("identifier")
        && !values.valuesOf(object).isEmpty()
        && values.valuesOf(object).stream()
            .map(tree::text)
            .anyMatch(v -> v.startsWith("random.Random(") || v.startsWith("Random("));
  }

  private static boolean importedFromRandom(TSNode node, String name, SyntaxTree tree) {
    TSNode root = node;
    while (!root.getParent().isNull()) {
      root = root.getParent();
    }
    for (int i = 0; i < root.getNamedChildCount(); i++) {
      TSNode statement = root.getNamedChild(i);
      String text = tree.text(statement);
      if (statement.getType().equals("import_from_statement")
          && text.matches("(?s)from\\s+random\\s+import\\b.*\\b" + name + "\\b.*")) {
        return true;
      }
    }
    return false;
  }

  // The first security name on the way from the draw up to its function: an assignment target, a
  // keyword argument, a dict key, or the function's own name.
  private static Optional<String> securityName(TSNode draw, SyntaxTree tree) {
    for (TSNode node = draw.getParent(); !node.isNull(); node = node.getParent()) {
      String name =
          switch (node.getType()) {
            case "assignment", "augmented_assignment" ->
                lastName(tree.text(node.getChildByFieldName("left")));
            case "keyword_argument" -> tree.text(node.getChildByFieldName("name"));
            case "pair" -> lastName(tree.text(node.getChildByFieldName("key")));
            case "function_definition" -> tree.text(node.getChildByFieldName("name"));
            default -> "";
          };
      if (SecurityNames.isSecurityName(name)) {
        return Optional.of(name);
      }
      if (node.getType().equals("function_definition")
          || node.getType().equals("class_definition")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  // self.reset_token -> reset_token; data["otp"] -> otp
  private static String lastName(String target) {
    String cleaned = target.replaceAll("[\\[\\]'\"]", " ").strip();
    int cut = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(' '));
    return cut < 0 ? cleaned : cleaned.substring(cut + 1);
  }
}

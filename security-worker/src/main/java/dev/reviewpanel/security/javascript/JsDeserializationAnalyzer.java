package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
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
 * Unsafe deserialization (CWE-502) in Node: {@code node-serialize} {@code unserialize}, {@code
 * funcster} and {@code serialize-to-js} deserializers (they revive functions, so data runs as
 * code), and {@code js-yaml} loading with a schema that constructs JavaScript functions. {@code
 * JSON.parse} and the default js-yaml schema are safe.
 */
@Component
public class JsDeserializationAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.unsafe-deserialization",
          "deserialization",
          "CWE-502",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Unsafe deserialization",
          "Parse untrusted data with JSON.parse (and validate it); never revive functions from it."
              + " Load YAML with js-yaml's default or JSON schema.");

  private static final Pattern LIBRARIES =
      Pattern.compile("node-serialize|funcster|serialize-to-js|js-yaml|cryo");
  private static final Set<String> REVIVERS =
      Set.of("unserialize", "deepDeserialize", "deserialize");
  private static final Pattern FUNCTION_SCHEMA =
      Pattern.compile("DEFAULT_FULL_SCHEMA|js-types|JS_TYPES|jsTypes|FULL_SCHEMA");

  @Override
  public String name() {
    return "js-unsafe-deserialization";
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    if (LIBRARIES.matcher(file.content()).find()) {
      super.analyze(file, findings);
    }
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    if (maybeCall.isEmpty() || maybeCall.get().isNew()) {
      return;
    }
    JsCall call = maybeCall.get();
    if (REVIVERS.contains(call.name()) && !call.receiver().equals("JSON")) {
      if (call.argument(0).filter(a -> !values.isConstant(a)).isPresent()) {
        report(
            findings,
            RULE,
            node,
            call.qualifiedName() + "() revives functions from the data, so it can run code.");
      }
    } else if ((call.name().equals("load") || call.name().equals("loadAll"))
        && call.arguments().size() > 1
        && FUNCTION_SCHEMA.matcher(tree.text(call.arguments().get(1))).find()) {
      report(
          findings,
          RULE,
          node,
          call.qualifiedName() + "() with a schema that constructs JavaScript functions.");
    }
  }
}

package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Unsafe deserialization (CWE-502) in Python: pickle-family loaders, {@code marshal}, and {@code
 * yaml.load} without a safe loader. {@code yaml.safe_load} and {@code Loader=SafeLoader} are safe.
 */
@Component
public class PythonDeserializationAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.unsafe-deserialization",
          "deserialization",
          "CWE-502",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Unsafe deserialization",
          "Never unpickle untrusted bytes; use JSON. For YAML use yaml.safe_load or"
              + " Loader=yaml.SafeLoader.");

  private static final Set<String> PICKLERS =
      Set.of("pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "marshal", "shelve");
  private static final Set<String> PICKLE_LOADS = Set.of("load", "loads", "Unpickler", "open");
  private static final Set<String> YAML_LOADS = Set.of("load", "load_all");
  private static final Set<String> SAFE_LOADERS = Set.of("SafeLoader", "CSafeLoader", "BaseLoader");

  @Override
  public String name() {
    return "python-unsafe-deserialization";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (PICKLERS.contains(call.receiver()) && PICKLE_LOADS.contains(call.name())) {
      report(
          findings,
          RULE,
          call.node(),
          call.qualifiedName() + "() can execute code embedded in the data.");
    } else if (call.receiver().equals("yaml") && call.name().startsWith("unsafe_load")) {
      report(
          findings,
          RULE,
          call.node(),
          "yaml." + call.name() + "() can construct arbitrary objects.");
    } else if (call.receiver().equals("yaml")
        && YAML_LOADS.contains(call.name())
        && !hasSafeLoader(call, tree)) {
      report(
          findings,
          RULE,
          call.node(),
          "yaml." + call.name() + "() without SafeLoader can construct arbitrary objects.");
    }
  }

  private static boolean hasSafeLoader(PythonCall call, SyntaxTree tree) {
    Optional<TSNode> loader = call.keyword("Loader", tree).or(() -> call.argument(1));
    return loader
        .map(tree::text)
        .map(text -> SAFE_LOADERS.contains(text.substring(text.lastIndexOf('.') + 1)))
        .orElse(false);
  }
}

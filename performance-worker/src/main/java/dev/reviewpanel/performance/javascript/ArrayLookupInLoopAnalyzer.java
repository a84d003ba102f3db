package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code array.includes(x)} / {@code indexOf(x)} inside a loop, on a variable known to be an array
 * (array literal, map/filter result, {@code T[]} annotation): a linear scan per iteration.
 */
@Component
public class ArrayLookupInLoopAnalyzer extends NamedAnalyzer {

  // LOW: the rule cannot see how long the list gets. A scan per iteration is slow only at sizes
  // the code does not show, and most such lists hold a handful of items (names, columns,
  // headers); docs/findings.md keeps MEDIUM for clear slowness.
  static final Rule RULE =
      new Rule(
          "javascript.array-lookup-in-loop",
          "algorithmic",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Linear array search inside a loop",
          "Build a Set (or a Map keyed by id) once before the loop and use has()/get() inside"
              + " it: O(1) per lookup instead of a scan of the array.");

  private static final Set<String> LOOKUPS = Set.of("includes", "indexOf", "lastIndexOf");
  private static final Set<String> ARRAY_METHODS =
      Set.of("map", "filter", "flatMap", "flat", "split");
  private static final Set<String> ARRAY_FACTORIES =
      Set.of("Array.from", "Array.of", "Object.keys", "Object.values", "Object.entries");
  private static final Pattern ARRAY_TYPE =
      Pattern.compile(":\\s*(readonly\\s+)?([\\w.<>]+\\[\\]|(Readonly)?Array<.*>)", Pattern.DOTALL);

  private record Lookup(TSNode node, String array, String method, TSNode loop) {}

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED =
      Set.of("variable_declarator", "required_parameter", "optional_parameter", "call_expression");

  public ArrayLookupInLoopAnalyzer() {
    super("js-array-lookup-in-loop", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Map<String, Boolean> arrays = new HashMap<>();
    List<Lookup> lookups = new ArrayList<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              switch (nodeType) {
                case "variable_declarator", "required_parameter", "optional_parameter" ->
                    classify(tree, node, arrays);
                case "call_expression" -> lookup(tree, node).ifPresent(lookups::add);
                default -> {}
              }
            });
    for (Lookup lookup : lookups) {
      boolean array =
          ScriptScopeKey.chain(lookup.node()).stream()
              .map(scope -> arrays.get(scope + "#" + lookup.array()))
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(false);
      if (array) {
        findings.report(
            RULE,
            SyntaxTree.startLine(lookup.node()),
            "%s.%s() scans the array on every iteration of the loop at line %d"
                .formatted(lookup.array(), lookup.method(), SyntaxTree.startLine(lookup.loop())));
      }
    }
  }

  /** Records whether a declared name holds an array in its scope; unknown values count as not. */
  private static void classify(SyntaxTree tree, TSNode declaration, Map<String, Boolean> arrays) {
    TSNode name = declaration.getChildByFieldName("name");
    if (name.isNull()) {
      name = declaration.getChildByFieldName("pattern");
    }
    if (name.isNull() || !name.getType().equals("identifier")) {
      return;
    }
    TSNode type = declaration.getChildByFieldName("type");
    TSNode value = declaration.getChildByFieldName("value");
    boolean typedArray = !type.isNull() && ARRAY_TYPE.matcher(tree.text(type)).matches();
    boolean builtArray = !value.isNull() && buildsArray(tree, value);
    arrays.merge(
        ScriptScopeKey.of(declaration) + "#" + tree.text(name),
        typedArray || builtArray,
        Boolean::logicalAnd);
  }

  /** An array literal, {@code new Array(..)}, or a call that returns one ({@code xs.map(..)}). */
  private static boolean buildsArray(SyntaxTree tree, TSNode value) {
    String type = value.getType();
    if (type.equals("array")) {
      return !ScriptLoops.isSmallConstantList(value);
    }
    if (type.equals("new_expression")) {
      TSNode constructor = value.getChildByFieldName("constructor");
      return !constructor.isNull() && tree.text(constructor).equals("Array");
    }
    TSNode callee = value.getChildByFieldName("function");
    if (!type.equals("call_expression")
        || callee.isNull()
        || !callee.getType().equals("member_expression")) {
      return false;
    }
    TSNode property = callee.getChildByFieldName("property");
    return ARRAY_FACTORIES.contains(tree.text(callee))
        || (!property.isNull() && ARRAY_METHODS.contains(tree.text(property)));
  }

  private static Optional<Lookup> lookup(SyntaxTree tree, TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull() || !callee.getType().equals("member_expression")) {
      return Optional.empty();
    }
    TSNode object = callee.getChildByFieldName("object");
    TSNode property = callee.getChildByFieldName("property");
    if (object.isNull()
        || !object.getType().equals("identifier")
        || property.isNull()
        || !LOOKUPS.contains(tree.text(property))) {
      return Optional.empty();
    }
    return ScriptLoops.enclosing(tree, call, true)
        .map(loop -> new Lookup(call, tree.text(object), tree.text(property), loop));
  }
}

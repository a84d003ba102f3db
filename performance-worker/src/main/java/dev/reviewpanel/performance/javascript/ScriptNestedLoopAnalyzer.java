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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A loop over an array inside another loop over the same array in the same function: {@code
 * for...of}, index loops bounded by {@code xs.length}, and callbacks of {@code forEach}, {@code
 * map}, {@code filter}, {@code find}... O(n²) where a Map or Set built once does it in one pass.
 * LOW with LOW confidence, like the list lookups in loops: the rule cannot see how long the
 * collection gets, and pairwise work over a handful of items (the bounds of one type) is no
 * slowness.
 */
@Component
public class ScriptNestedLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.nested-loop-same-collection",
          "nested-loop-same-collection",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Nested loops over the same collection (O(n²))",
          "Index the array once by the key the inner loop looks for (a Map or a Set) and replace"
              + " the inner loop with a lookup.");

  private static final Set<String> LOOPS =
      Set.of("for_in_statement", "for_statement", "call_expression");
  private static final Set<String> ITERATING =
      Set.of("forEach", "map", "filter", "reduce", "some", "every", "find", "findIndex", "flatMap");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$.]*");
  private static final Pattern BOUND = Pattern.compile(".*<=?([A-Za-z_$][\\w$.]*)\\.length");

  public ScriptNestedLoopAnalyzer() {
    super("js-nested-loop-same-collection", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            LOOPS,
            (inner, type) ->
                iterated(tree, inner, type)
                    .ifPresent(
                        collection ->
                            outerOver(tree, inner, collection)
                                .ifPresent(
                                    outer ->
                                        findings.report(
                                            RULE,
                                            SyntaxTree.startLine(inner),
                                            "loop over '%s' runs inside the loop over '%s' at line %d"
                                                .formatted(
                                                    collection,
                                                    collection,
                                                    SyntaxTree.startLine(outer))))));
  }

  /** The array a loop walks: {@code xs} for for-of, {@code i < xs.length} and xs.forEach(...). */
  private static Optional<String> iterated(SyntaxTree tree, TSNode loop, String type) {
    String text =
        switch (type) {
          case "for_in_statement" -> forOf(tree, loop);
          case "for_statement" -> {
            TSNode condition = loop.getChildByFieldName("condition");
            if (condition.isNull() || condition.getEndByte() - condition.getStartByte() > 80) {
              yield "";
            }
            Matcher bound = BOUND.matcher(tree.text(condition).replaceAll("[\\s;]", ""));
            yield bound.matches() ? bound.group(1) : "";
          }
          default -> iteratingCall(tree, loop);
        };
    text = text.replaceFirst("^this\\.", "");
    return NAME.matcher(text).matches() ? Optional.of(text) : Optional.empty();
  }

  private static String forOf(SyntaxTree tree, TSNode loop) {
    for (int i = 0; i < loop.getChildCount(); i++) {
      if (loop.getChild(i).getType().equals("of")) {
        TSNode right = loop.getChildByFieldName("right");
        return right.isNull() || right.getEndByte() - right.getStartByte() > 80
            ? ""
            : tree.text(right).replaceAll("\\s+", "");
      }
    }
    return ""; // for...in walks keys, usually of an object
  }

  private static String iteratingCall(SyntaxTree tree, TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull() || !callee.getType().equals("member_expression")) {
      return "";
    }
    TSNode property = callee.getChildByFieldName("property");
    TSNode object = callee.getChildByFieldName("object");
    if (property.isNull()
        || object.isNull()
        || object.getEndByte() - object.getStartByte() > 80
        || !ITERATING.contains(tree.text(property))) {
      return "";
    }
    return tree.text(object).replaceAll("\\s+", "");
  }

  /** The loop of the same function, or the iterating call whose callback holds {@code inner}. */
  private static Optional<TSNode> outerOver(SyntaxTree tree, TSNode inner, String collection) {
    TSNode child = inner;
    for (TSNode parent = inner.getParent(); !parent.isNull(); parent = parent.getParent()) {
      String type = parent.getType();
      if (ScriptLoops.FUNCTIONS.contains(type)) {
        TSNode arguments = parent.getParent();
        if (arguments.isNull() || !arguments.getType().equals("arguments")) {
          return Optional.empty(); // a function of its own: it may run once, later, or never
        }
        TSNode call = arguments.getParent();
        if (iterated(tree, call, "call_expression").filter(collection::equals).isPresent()) {
          return Optional.of(call);
        }
        if (iteratingCall(tree, call).isEmpty()) {
          return Optional.empty();
        }
        child = call;
        parent = call;
        continue;
      }
      boolean body = child.equals(parent.getChildByFieldName("body"));
      if (body
          && (type.equals("for_in_statement") || type.equals("for_statement"))
          && iterated(tree, parent, type).filter(collection::equals).isPresent()) {
        return Optional.of(parent);
      }
      child = parent;
    }
    return Optional.empty();
  }
}

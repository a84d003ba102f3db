package dev.reviewpanel.performance.python;

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
 * A loop (or comprehension clause) over a collection inside another loop over the same collection
 * in the same function: O(n²) where a dict or set keyed by what the inner loop searches for does it
 * in one pass. {@code range(len(xs))} and {@code enumerate(xs)} count as loops over {@code xs}. LOW
 * with LOW confidence, like the list lookups in loops: the rule cannot see how long the collection
 * gets, and pairwise work over a handful of items (the bounds of one type) is no slowness.
 */
@Component
public class PythonNestedLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.nested-loop-same-collection",
          "nested-loop-same-collection",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Nested loops over the same collection (O(n²))",
          "Index the collection once by the key the inner loop looks for (a dict, a set or"
              + " collections.Counter) and replace the inner loop with a lookup.");

  private static final Set<String> LOOPS = Set.of("for_statement", "for_in_clause");
  private static final Set<String> SCOPES =
      Set.of("function_definition", "class_definition", "lambda", "module");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.]*");
  private static final Pattern WRAPPED =
      Pattern.compile(
          "(?:enumerate|reversed|range\\((?:[^,()]+,)?len)\\(([A-Za-z_][\\w.]*)\\)\\)?"
              + "|([A-Za-z_][\\w.]*)\\.(?:items|keys|values)\\(\\)");

  public PythonNestedLoopAnalyzer() {
    super("python-nested-loop-same-collection", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            LOOPS,
            (inner, type) ->
                Optional.of(inner)
                    .filter(PythonNestedLoopAnalyzer::inFunction)
                    .flatMap(loop -> iterated(tree, loop))
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

  // Code at module or class level runs once, at import: a table built there (a 22x22 hex table)
  // costs nothing per request.
  private static boolean inFunction(TSNode node) {
    for (TSNode up = node.getParent(); !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("function_definition") || up.getType().equals("lambda")) {
        return true;
      }
    }
    return false;
  }

  /** The collection a loop walks, as written: {@code xs} for xs, enumerate(xs), range(len(xs)). */
  private static Optional<String> iterated(SyntaxTree tree, TSNode loop) {
    TSNode right = loop.getChildByFieldName("right");
    if (right.isNull() || right.getEndByte() - right.getStartByte() > 120) {
      return Optional.empty();
    }
    String text = tree.text(right).replaceAll("\\s+", "").replaceFirst("^self\\.", "");
    Matcher wrapped = WRAPPED.matcher(text);
    if (wrapped.matches()) {
      text = wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2);
    }
    return NAME.matcher(text).matches()
        ? Optional.of(text.replaceFirst("^self\\.", ""))
        : Optional.empty();
  }

  /** The enclosing loop of the same function, or an earlier clause of the same comprehension. */
  private static Optional<TSNode> outerOver(SyntaxTree tree, TSNode inner, String collection) {
    if (inner.getType().equals("for_in_clause")) {
      for (TSNode sibling = inner.getPrevNamedSibling();
          !sibling.isNull();
          sibling = sibling.getPrevNamedSibling()) {
        if (sibling.getType().equals("for_in_clause")
            && iterated(tree, sibling).filter(collection::equals).isPresent()) {
          return Optional.of(sibling);
        }
      }
    }
    TSNode child = inner;
    for (TSNode parent = inner.getParent();
        !parent.isNull() && !SCOPES.contains(parent.getType());
        parent = parent.getParent()) {
      if (repeats(parent, child)) {
        Optional<TSNode> clause = clauseOver(tree, parent, collection);
        if (clause.isPresent()) {
          return clause;
        }
      }
      child = parent;
    }
    return Optional.empty();
  }

  private static boolean repeats(TSNode loop, TSNode child) {
    return switch (loop.getType()) {
      case "for_statement", "while_statement" -> child.equals(loop.getChildByFieldName("body"));
      case "list_comprehension",
          "set_comprehension",
          "dictionary_comprehension",
          "generator_expression" ->
          child.equals(loop.getChildByFieldName("body")) || child.getType().equals("if_clause");
      default -> false;
    };
  }

  private static Optional<TSNode> clauseOver(SyntaxTree tree, TSNode loop, String collection) {
    if (loop.getType().equals("for_statement")) {
      return iterated(tree, loop).filter(collection::equals).map(c -> loop);
    }
    for (int i = 0; i < loop.getNamedChildCount(); i++) {
      TSNode clause = loop.getNamedChild(i);
      if (clause.getType().equals("for_in_clause")
          && iterated(tree, clause).filter(collection::equals).isPresent()) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }
}

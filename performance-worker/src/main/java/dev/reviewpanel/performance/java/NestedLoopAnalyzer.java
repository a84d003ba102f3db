package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A loop over a collection nested inside a loop over the same collection: every element is compared
 * with every other one, O(n²) where one pass building a HashMap is usually enough. LOW with LOW
 * confidence, like the list lookups in loops: the rule cannot see how long the collection gets, and
 * pairwise work over a handful of items (the bounds of one type) is no slowness.
 */
@Component
public class NestedLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.nested-loop-same-collection",
          "algorithmic",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Nested loops over the same collection (O(n²))",
          "Index the collection once by the key the inner loop searches for (a HashMap or a"
              + " groupingBy) and replace the inner loop with a lookup.");

  public NestedLoopAnalyzer() {
    super("java-nested-loop-same-collection", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java().ifPresent(unit -> unit.walk(node -> check(node, findings)));
  }

  private static void check(Node node, Findings findings) {
    Loops.asLoop(node)
        .ifPresent(
            inner ->
                inner
                    .iterated()
                    .ifPresent(
                        collection ->
                            Loops.allEnclosing(node).stream()
                                .filter(outer -> outer.iterated().equals(inner.iterated()))
                                .findFirst()
                                .ifPresent(
                                    outer ->
                                        findings.report(
                                            RULE,
                                            inner.line(),
                                            "loop over '%s' runs inside the loop over '%s' at line %d"
                                                .formatted(
                                                    collection, collection, outer.line())))));
  }
}

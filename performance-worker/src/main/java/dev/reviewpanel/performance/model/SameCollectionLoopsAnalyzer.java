package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A loop over a collection inside another loop over the same collection in the same function: O(n²)
 * where a dict, Map or Set keyed by what the inner loop searches for does it in one pass. Loops are
 * statements, comprehension clauses ({@code range(len(xs))} and {@code enumerate(xs)} count as
 * walking {@code xs}), index loops bounded by {@code xs.length}, and array iteration methods with
 * their callbacks. LOW with LOW confidence, like the list lookups in loops: the rule cannot see how
 * long the collection gets, and pairwise work over a handful of items (the bounds of one type) is
 * no slowness. Python code at module or class level runs once, at import, and is left alone (a
 * 22x22 hex table built there costs nothing per request).
 */
@Component
public class SameCollectionLoopsAnalyzer extends NamedAnalyzer {

  static final Rule JAVA =
      new Rule(
          "java.nested-loop-same-collection",
          "algorithmic",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Nested loops over the same collection (O(n²))",
          "Index the collection once by the key the inner loop searches for (a HashMap or a"
              + " groupingBy) and replace the inner loop with a lookup.");

  static final Rule PYTHON =
      rule(
          "python",
          "Index the collection once by the key the inner loop looks for (a dict, a set or"
              + " collections.Counter) and replace the inner loop with a lookup.");

  static final Rule JAVASCRIPT =
      rule(
          "javascript",
          "Index the array once by the key the inner loop looks for (a Map or a Set) and replace"
              + " the inner loop with a lookup.");

  public SameCollectionLoopsAnalyzer() {
    super(
        "nested-loop-same-collection",
        Set.of(Language.JAVA, Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  private static Rule rule(String language, String recommendation) {
    return new Rule(
        language + ".nested-loop-same-collection",
        "nested-loop-same-collection",
        null,
        Severity.LOW,
        Confidence.LOW,
        "Nested loops over the same collection (O(n²))",
        recommendation);
  }

  private record Nesting(LoopNest.Repeat inner, LoopNest.Repeat outer) {}

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    Language language = file.language();
    Rule rule =
        switch (language) {
          case JAVA -> JAVA;
          case PYTHON -> PYTHON;
          default -> JAVASCRIPT;
        };
    List<Nesting> found = new ArrayList<>();
    for (Function function : CodeModels.of(file).functions()) {
      if (language == Language.PYTHON && function.kind() == Function.Kind.MODULE) {
        continue;
      }
      LoopNest.walk(
          function,
          language,
          new LoopNest.Visitor() {
            @Override
            public void loop(LoopNest.Repeat loop, List<LoopNest.Repeat> outer) {
              if (loop.collection() == null) {
                return;
              }
              for (int i = outer.size() - 1; i >= 0; i--) {
                if (loop.collection().equals(outer.get(i).collection())) {
                  found.add(new Nesting(loop, outer.get(i)));
                  return;
                }
              }
            }
          });
    }
    found.sort(Comparator.comparingInt(nesting -> nesting.inner().line()));
    for (Nesting nesting : found) {
      findings.report(
          rule,
          nesting.inner().line(),
          "loop over '%s' runs inside the loop over '%s' at line %d"
              .formatted(
                  nesting.inner().collection(),
                  nesting.inner().collection(),
                  nesting.outer().line()));
    }
  }
}

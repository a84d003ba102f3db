package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A linear search inside a loop, on a variable known to hold a list: O(n·m) where a set or a map
 * gives O(n). Java: {@code contains}, {@code indexOf}, {@code lastIndexOf} and {@code
 * remove(Object)} on a variable or field declared as a List (not {@code remove(int)}, not a {@code
 * List.of}/{@code Arrays.asList} of a few constants). JavaScript and TypeScript: {@code includes},
 * {@code indexOf}, {@code lastIndexOf} on a name bound to an array (a literal other than a few
 * constants, {@code new Array}, {@code map}/{@code filter}/{@code split} results, {@code
 * Array.from}, {@code Object.keys}, a {@code T[]} parameter). Python: {@code x in name} where the
 * name's last value before the loop is a list built from data ({@code list(...)}, {@code
 * sorted(...)}, a comprehension, or a literal grown with {@code append}). Loops are statements,
 * comprehension clauses and callbacks of iterating calls ({@code xs.filter(...)}, stream stages).
 *
 * <p>LOW with LOW confidence: the rule cannot see how long the list gets. A scan per iteration is
 * slow only at sizes the code does not show, and most such lists hold a handful of items (names,
 * columns, headers); docs/findings.md keeps MEDIUM for clear slowness.
 */
@Component
public class ListLookupInLoopAnalyzer extends NamedAnalyzer {

  static final Rule JAVA =
      rule(
          "java.list-lookup-in-loop",
          "Linear List search inside a loop",
          "Copy the list into a HashSet (or index it in a HashMap) once before the loop and look"
              + " elements up there: O(1) per lookup instead of a scan of the whole list.");
  static final Rule PYTHON =
      rule(
          "python.list-membership-in-loop",
          "Membership test on a list inside a loop",
          "Build a set once before the loop (wanted = set(items)) and test membership against"
              + " it: O(1) per test instead of a scan of the list.");
  static final Rule JAVASCRIPT =
      rule(
          "javascript.array-lookup-in-loop",
          "Linear array search inside a loop",
          "Build a Set (or a Map keyed by id) once before the loop and use has()/get() inside"
              + " it: O(1) per lookup instead of a scan of the array.");

  public ListLookupInLoopAnalyzer() {
    super(
        "list-lookup-in-loop",
        Set.of(Language.JAVA, Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  private static Rule rule(String id, String title, String recommendation) {
    return new Rule(id, "algorithmic", null, Severity.LOW, Confidence.LOW, title, recommendation);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    CodeModel model = CodeModels.of(file);
    ListScans scans = new ListScans(model, file.language());
    for (Function function : model.functions()) {
      Deque<Function> scope = new ArrayDeque<>(List.of(function));
      LoopNest.walk(
          function,
          file.language(),
          new LoopNest.Visitor() {
            @Override
            public void callback(Function callback, boolean enter) {
              if (enter) {
                scope.push(callback);
              } else {
                scope.pop();
              }
            }

            @Override
            public void expression(Expr expr, List<LoopNest.Repeat> loops) {
              if (loops.isEmpty()) {
                return;
              }
              LoopNest.Repeat loop = loops.get(loops.size() - 1);
              scans
                  .scan(expr, scope.peek(), loop.line())
                  .ifPresent(
                      scan ->
                          findings.report(
                              rule(file.language()),
                              expr.line(),
                              scan + " on every iteration of the loop at line " + loop.line()));
            }
          });
    }
  }

  private static Rule rule(Language language) {
    return switch (language) {
      case JAVA -> JAVA;
      case PYTHON -> PYTHON;
      default -> JAVASCRIPT;
    };
  }
}

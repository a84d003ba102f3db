package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deep nesting, a 10,000-character line, a 2 MB literal and a 50,000-line file, in each language,
 * through the engine with a generous budget: every file is read to its last line by a recursive
 * visitor, a tree walk and a line scanner, nothing throws and nothing is cut off.
 */
class PathologicalInputTests {

  private static final Duration GENEROUS = Duration.ofMinutes(5);
  // an ordinary file after the hostile one, which must still be analyzed
  private static final ReviewTask.File NEXT =
      new ReviewTask.File("next.py", "python", "x = 1\nmarker()\n", null);
  private static final Rule TREE = rule("test.tree");
  private static final Rule LINE = rule("test.line");
  private static final Pattern MARKER_CALL =
      Pattern.compile("\\b" + PathologicalSources.MARKER + "\\(");

  @ParameterizedTest
  @ValueSource(strings = {"blocks", "parentheses", "long-line", "literal", "many-lines"})
  void shouldAnalyzeHostileJavaToItsLastLine(String kind) {
    assertReadToTheEnd(PathologicalSources.java(kind), List.of(javaVisitor(), lineScanner()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"parentheses", "long-line", "literal", "many-lines"})
  void shouldAnalyzeHostilePythonToItsLastLine(String kind) {
    assertReadToTheEnd(PathologicalSources.python(kind), List.of(treeWalker(), lineScanner()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"blocks", "parentheses", "long-line", "literal", "many-lines"})
  void shouldAnalyzeHostileJavaScriptToItsLastLine(String kind) {
    assertReadToTheEnd(PathologicalSources.javascript(kind), List.of(treeWalker(), lineScanner()));
  }

  private static void assertReadToTheEnd(ReviewTask.File file, List<Analyzer> analyzers) {
    AnalysisEngine engine = new AnalysisEngine("test", analyzers);
    int lastCodeLine = (int) file.content().lines().count();

    // analyzed although most of them have a minified shape: what is proven here is robustness
    Analysis analysis =
        engine.analyze(
            List.of(file, NEXT), Instant.now().plus(GENEROUS), new ReviewOptions(true, false));

    assertThat(analysis.problems()).isEmpty();
    assertThat(analysis.skipped()).isEmpty();
    assertThat(analysis.files()).isEqualTo(2);
    assertThat(analysis.findings())
        .filteredOn(f -> f.location().path().equals(file.path()))
        .extracting(f -> f.ruleId(), f -> f.location().startLine())
        .containsExactlyInAnyOrder(
            tuple(TREE.id(), lastCodeLine - markerOffset(file)),
            tuple(LINE.id(), lastCodeLine - markerOffset(file)));
  }

  // Java files close the method and class after the marker line.
  private static int markerOffset(ReviewTask.File file) {
    return file.path().endsWith(".java") ? 2 : 0;
  }

  /** A recursive JavaParser visitor, the way most Java analyzers walk. */
  private static Analyzer javaVisitor() {
    return analyzer(
        "visitor",
        Set.of(Language.JAVA),
        (file, findings) ->
            file.java()
                .orElseThrow()
                .accept(
                    new VoidVisitorAdapter<Void>() {
                      @Override
                      public void visit(MethodCallExpr call, Void arg) {
                        super.visit(call, arg);
                        if (call.getNameAsString().equals(PathologicalSources.MARKER)) {
                          findings.report(TREE, call.getBegin().orElseThrow().line, "marker");
                        }
                      }
                    },
                    null));
  }

  /** A tree-sitter walk, the way the Python and JavaScript analyzers look at every node. */
  private static Analyzer treeWalker() {
    return analyzer(
        "walker",
        Set.of(Language.PYTHON, Language.JAVASCRIPT),
        (file, findings) ->
            file.syntaxTree()
                .walk(
                    node -> {
                      boolean call =
                          node.getType().equals("call") || node.getType().equals("call_expression");
                      if (call
                          && file.syntaxTree()
                              .text(node)
                              .startsWith(PathologicalSources.MARKER + "(")) {
                        findings.report(TREE, SyntaxTree.startLine(node), "marker");
                      }
                    }));
  }

  /** A regular expression over every line, bounded as line scanners must be. */
  private static Analyzer lineScanner() {
    return analyzer(
        "lines",
        Set.of(Language.values()),
        (file, findings) -> {
          for (int n = 1; n <= file.lineCount(); n++) {
            file.budget().checkpoint();
            if (MARKER_CALL.matcher(file.boundedLine(n)).find()) {
              findings.report(LINE, n, "marker");
            }
          }
        });
  }

  private static Rule rule(String id) {
    return new Rule(id, "test", null, Severity.LOW, null, "a marker", "none");
  }

  private static Analyzer analyzer(
      String name, Set<Language> languages, BiConsumer<ParsedFile, Findings> body) {
    return new TestAnalyzer(name, languages, body);
  }
}

package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.testsupport.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AnalysisEngineTests {

  private static final Rule CALL =
      new Rule("test.call", "test", null, Severity.LOW, null, "a call", "none");

  @Test
  void shouldRunTheOtherAnalyzersAndFilesWhenOneAnalyzerThrows() throws IOException {
    Analyzer throwing = analyzer("throwing", (f, c) -> f.java().orElseThrow().getType(5));
    Analyzer recursing = analyzer("recursing", (f, c) -> recurse(0));
    AnalysisEngine engine = new AnalysisEngine("test", List.of(throwing, recursing, exits()));

    Analysis analysis =
        engine.analyze(
            List.of(java("Shutdown.java"), java("SafeShutdown.java")), Duration.ofMinutes(1));

    assertThat(analysis.findings())
        .extracting(f -> f.location().path(), f -> f.location().startLine())
        .containsExactly(tuple("Shutdown.java", 7));
    assertThat(analysis.problems())
        .extracting(Problem::analyzer, Problem::path)
        .containsExactlyInAnyOrder(
            tuple("throwing", "Shutdown.java"),
            tuple("recursing", "Shutdown.java"),
            tuple("throwing", "SafeShutdown.java"),
            tuple("recursing", "SafeShutdown.java"));
    assertThat(analysis.problems())
        .filteredOn(p -> p.analyzer().equals("recursing"))
        .allSatisfy(p -> assertThat(p.error()).startsWith("StackOverflowError"));
    assertThat(analysis.files()).isEqualTo(2);
    assertThat(analysis.lines()).isGreaterThan(20);
  }

  @Test
  void shouldLogAndRecordAnalyzerFailuresWithSecretsRedacted(CapturedOutput output)
      throws IOException {
    Analyzer quoting =
        analyzer(
            "quoting",
            (f, c) -> {
              throw new IllegalStateException(
                  "unexpected node: String apiKey = \"engine-s3cr3t\";",
                  new IllegalArgumentException("token: 'engine-cause-s3cr3t'"));
            });
    AnalysisEngine engine = new AnalysisEngine("test", List.of(quoting));

    Analysis analysis = engine.analyze(List.of(java("Shutdown.java")), Duration.ofMinutes(1));

    assertThat(analysis.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.error()).contains("unexpected node").doesNotContain("s3cr3t"));
    assertThat(output)
        .contains("Analyzer quoting failed on Shutdown.java", "unexpected node")
        .doesNotContain("engine-s3cr3t", "engine-cause-s3cr3t");
  }

  @Test
  void shouldRecordFileThatDoesNotParseAndStillAnalyzeTheOthers() throws IOException {
    AnalysisEngine engine = new AnalysisEngine("test", List.of(exits()));

    Analysis analysis =
        engine.analyze(List.of(java("Broken.java"), java("Shutdown.java")), Duration.ofMinutes(1));

    assertThat(analysis.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.analyzer()).isEqualTo(Problem.PARSER);
              assertThat(p.path()).isEqualTo("Broken.java");
            });
    assertThat(analysis.findings())
        .extracting(f -> f.location().path())
        .containsExactly("Shutdown.java");
  }

  @Test
  void shouldSurvivePathologicallyNestedInput() throws IOException {
    String nested = "class A { int x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }";
    Analyzer recursiveVisitor =
        analyzer(
            "visitor",
            (f, c) -> f.java().ifPresent(u -> u.accept(new VoidVisitorAdapter<Void>() {}, null)));
    AnalysisEngine engine = new AnalysisEngine("test", List.of(recursiveVisitor, exits()));

    // a nesting this deep sits on one line: included although it has a minified shape
    Analysis analysis =
        engine.analyze(
            List.of(new ReviewTask.File("A.java", "java", nested, null), java("Shutdown.java")),
            Instant.now().plus(Duration.ofMinutes(1)),
            new ReviewOptions(true, false));

    assertThat(analysis.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.analyzer()).isEqualTo(Problem.PARSER);
              assertThat(p.error()).contains("too deeply nested");
            });
    assertThat(analysis.files()).isEqualTo(2);
    assertThat(analysis.findings())
        .extracting(f -> f.location().path())
        .containsExactly("Shutdown.java");
  }

  @Test
  void shouldReportWhatTheBudgetCutOff() throws IOException {
    TestClock clock = new TestClock();
    Analyzer slow = analyzer("slow", (f, c) -> clock.advance(Duration.ofSeconds(10)));
    Analyzer exits = exits();
    AnalysisEngine engine = new AnalysisEngine("test", List.of(slow, exits), clock);

    Analysis analysis =
        engine.analyze(
            List.of(java("Shutdown.java"), java("SafeShutdown.java"), java("Broken.java")),
            Duration.ofSeconds(15));

    assertThat(analysis.budgetExhausted()).isTrue();
    assertThat(analysis.files()).isEqualTo(2);
    assertThat(analysis.skipped())
        .containsExactly(
            new Skipped("SafeShutdown.java", Skipped.Reason.BUDGET_EXHAUSTED, List.of("exits")),
            new Skipped("Broken.java", Skipped.Reason.BUDGET_EXHAUSTED, List.of("slow", "exits")));
    assertThat(analysis.findings()).hasSize(1);
    assertThat(analysis.duration()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void shouldKeepOnlyFindingsOnChangedLines() throws IOException {
    Analyzer everyCall = analyzer("every-call", AnalysisEngineTests::reportEveryCall);
    AnalysisEngine engine = new AnalysisEngine("test", List.of(everyCall));
    String source = fixture("Shutdown.java");
    ReviewTask.File changedExitOnly =
        new ReviewTask.File("Shutdown.java", "java", source, List.of(new LineRange(7, 7)));

    Analysis analysis = engine.analyze(List.of(changedExitOnly), Duration.ofMinutes(1));

    assertThat(analysis.findings()).extracting(f -> f.location().startLine()).containsExactly(7);
    assertThat(analysis.suppressedOffDiff()).isEqualTo(2);
  }

  @Test
  void shouldPickLanguageFromDeclarationOrPathAndSkipTheRest() throws IOException {
    List<Language> seen = new ArrayList<>();
    Analyzer python =
        new TestAnalyzer("python", Set.of(Language.PYTHON), (f, c) -> seen.add(f.language()));
    AnalysisEngine engine = new AnalysisEngine("test", List.of(python));
    String source = fixture("handlers.py");

    Analysis analysis =
        engine.analyze(
            List.of(
                new ReviewTask.File("bin/handlers", "python", source, null),
                new ReviewTask.File("handlers.py", null, source, null),
                new ReviewTask.File("README.md", null, "# hi", null),
                java("Shutdown.java")),
            Duration.ofMinutes(1));

    assertThat(seen).containsExactly(Language.PYTHON, Language.PYTHON);
    assertThat(analysis.skipped())
        .extracting(Skipped::path, Skipped::reason)
        .containsExactly(
            tuple("README.md", Skipped.Reason.UNSUPPORTED_LANGUAGE),
            tuple("Shutdown.java", Skipped.Reason.UNSUPPORTED_LANGUAGE));
    assertThat(analysis.budgetExhausted()).isFalse();
  }

  @Test
  void shouldLetTransientFailuresEscapeSoTheTaskIsRetried() throws IOException {
    Analyzer remote =
        analyzer(
            "remote",
            (f, c) -> {
              throw new TransientAnalysisException("rate limited (HTTP 429)");
            });
    AnalysisEngine engine = new AnalysisEngine("test", List.of(exits(), remote));

    assertThatThrownBy(() -> engine.analyze(List.of(java("Shutdown.java")), Duration.ofMinutes(1)))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("429");
  }

  private static void reportEveryCall(ParsedFile file, Findings findings) {
    file.java()
        .orElseThrow()
        .findAll(MethodCallExpr.class)
        .forEach(call -> findings.report(CALL, call.getBegin().orElseThrow().line, "call"));
  }

  private static Analyzer exits() {
    return analyzer(
        "exits",
        (file, findings) ->
            file.java()
                .ifPresent(
                    unit ->
                        unit.findAll(MethodCallExpr.class).stream()
                            .filter(c -> c.toString().startsWith("System.exit("))
                            .forEach(
                                c ->
                                    findings.report(
                                        CALL, c.getBegin().orElseThrow().line, "exit"))));
  }

  private static Analyzer analyzer(String name, BiConsumer<ParsedFile, Findings> body) {
    return new TestAnalyzer(name, Set.of(Language.JAVA), body);
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private static ReviewTask.File java(String fixture) throws IOException {
    return new ReviewTask.File(fixture, null, fixture(fixture), null);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = AnalysisEngineTests.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.reviewpanel.bug;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Half-written or pathological code must never make an analyzer throw. */
class AnalyzerRobustnessTests {

  private static final int CHAIN = 3_000;

  private static AnnotationConfigApplicationContext analyzers;

  @BeforeAll
  static void registerAnalyzers() {
    analyzers = new AnnotationConfigApplicationContext();
    analyzers.scan(
        "dev.reviewpanel.bug.java", "dev.reviewpanel.bug.python", "dev.reviewpanel.bug.javascript");
    analyzers.refresh();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(Language.JAVA, "class A { int f() { return 1; x == x; if (a) { return; } "),
        Arguments.of(Language.JAVA, "class A { int f(int x) {" + elseIfChain("return x;") + "} }"),
        Arguments.of(Language.PYTHON, "def f(:\n  return\n  x = x\nclass B:\n  a = [\n"),
        Arguments.of(Language.PYTHON, "x = '" + "a".repeat(10_000) + "'\nx == x\n"),
        Arguments.of(Language.JAVASCRIPT, "function f() { return; x === x; if (a) { throw "),
        Arguments.of(
            Language.JAVASCRIPT, "function f(x) {" + elseIfChain("return x;") + " return 0; }"),
        Arguments.of(Language.TYPESCRIPT, "function f(a: , ) { this.a = this.a; return; type "));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void shouldNeverThrowOnBrokenOrPathologicalSource(Language language, String source) {
    ParsedFile file = ParsedFile.of("broken", language, source);
    for (Analyzer analyzer : analyzers.getBeansOfType(Analyzer.class).values()) {
      if (analyzer.languages().contains(language)) {
        assertThatCode(() -> analyzer.analyze(file, new Findings("bug", file)))
            .as(analyzer.name())
            .doesNotThrowAnyException();
      }
    }
  }

  private static String elseIfChain(String body) {
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < CHAIN; i++) {
      chain.append(i == 0 ? "" : " else ").append("if (x == ").append(i).append(") { ");
      chain.append(body).append(" }");
    }
    return chain.append(" else { ").append(body).append(" }").toString();
  }
}

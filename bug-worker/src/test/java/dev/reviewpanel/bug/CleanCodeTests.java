package dev.reviewpanel.bug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Every analyzer over idiomatic modern code in each language: nothing to report, no crash. */
class CleanCodeTests {

  private static AnnotationConfigApplicationContext analyzers;

  @BeforeAll
  static void registerAnalyzers() {
    analyzers = new AnnotationConfigApplicationContext();
    analyzers.scan("dev.reviewpanel.bug.java", "dev.reviewpanel.bug.python");
    analyzers.scan("dev.reviewpanel.bug.javascript");
    analyzers.refresh();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @ParameterizedTest
  @CsvSource({
    "java/ModernClean.java, JAVA",
    "python/clean.py, PYTHON",
    "javascript/clean.js, JAVASCRIPT",
    "typescript/clean.ts, TYPESCRIPT"
  })
  void shouldReportNothingOnIdiomaticCode(String fixture, Language language) {
    List<Analyzer> applicable =
        analyzers.getBeansOfType(Analyzer.class).values().stream()
            .filter(a -> a.languages().contains(language))
            .toList();

    ParsedFile parsed = FixtureRun.parse(fixture, language);
    if (language == Language.JAVA) {
      assertThat(parsed.javaProblem()).isNull();
    } else {
      assertThat(parsed.syntaxTree().root().hasError()).isFalse();
    }
    assertThat(applicable).isNotEmpty();
    for (Analyzer analyzer : applicable) {
      assertThat(FixtureRun.ruleLines(analyzer, fixture, language)).as(analyzer.name()).isEmpty();
    }
  }
}

package dev.reviewpanel.performance;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.performance.java.AsyncBlockingCallAnalyzer;
import dev.reviewpanel.performance.java.BoxedAccumulatorAnalyzer;
import dev.reviewpanel.performance.java.ExceptionControlFlowAnalyzer;
import dev.reviewpanel.performance.java.NPlusOneAnalyzer;
import dev.reviewpanel.performance.java.RegexInLoopAnalyzer;
import dev.reviewpanel.performance.java.RepeatedStreamInLoopAnalyzer;
import dev.reviewpanel.performance.java.StringConcatInLoopAnalyzer;
import dev.reviewpanel.performance.java.UnboundedStaticCacheAnalyzer;
import dev.reviewpanel.performance.java.WholeFileIterationAnalyzer;
import dev.reviewpanel.performance.java.WholeFileSplitAnalyzer;
import dev.reviewpanel.performance.javascript.AwaitInLoopAnalyzer;
import dev.reviewpanel.performance.javascript.RegExpInLoopAnalyzer;
import dev.reviewpanel.performance.javascript.ScriptQueryInLoopAnalyzer;
import dev.reviewpanel.performance.javascript.SyncIoInHandlerAnalyzer;
import dev.reviewpanel.performance.model.GrowingStringAnalyzer;
import dev.reviewpanel.performance.model.ListLookupInLoopAnalyzer;
import dev.reviewpanel.performance.model.SameCollectionLoopsAnalyzer;
import dev.reviewpanel.performance.python.BlockingCallInAsyncAnalyzer;
import dev.reviewpanel.performance.python.PythonQueryInLoopAnalyzer;
import dev.reviewpanel.performance.python.PythonRegexInLoopAnalyzer;
import dev.reviewpanel.performance.python.ReadAllIntoMemoryAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Code under review is often half-written: no analyzer may throw on broken or odd syntax. */
class AnalyzerRobustnessTests {

  static final List<Analyzer> ALL =
      List.of(
          new NPlusOneAnalyzer(),
          new StringConcatInLoopAnalyzer(),
          new RegexInLoopAnalyzer(),
          new ListLookupInLoopAnalyzer(),
          new UnboundedStaticCacheAnalyzer(),
          new BoxedAccumulatorAnalyzer(),
          new WholeFileIterationAnalyzer(),
          new ExceptionControlFlowAnalyzer(),
          new PythonQueryInLoopAnalyzer(),
          new GrowingStringAnalyzer(),
          new SameCollectionLoopsAnalyzer(),
          new PythonRegexInLoopAnalyzer(),
          new BlockingCallInAsyncAnalyzer(),
          new AwaitInLoopAnalyzer(),
          new ScriptQueryInLoopAnalyzer(),
          new SyncIoInHandlerAnalyzer(),
          new RegExpInLoopAnalyzer(),
          new AsyncBlockingCallAnalyzer(),
          new RepeatedStreamInLoopAnalyzer(),
          new WholeFileSplitAnalyzer(),
          new ReadAllIntoMemoryAnalyzer());

  static Stream<Arguments> brokenSources() {
    return Stream.of(
        Arguments.of(Language.JAVA, "class A { void m() { for (;;) { s += } }"),
        Arguments.of(Language.JAVA, ""),
        Arguments.of(
            Language.JAVA,
            "class A { static java.util.Map m; static { for (var e : m.entrySet()) m.put(1, 2); }"
                + " void f() { for (int i = 0; i < a.length; i++) { x += a[i]; m.put(i, i); } } }"),
        Arguments.of(Language.PYTHON, "def f(:\n  for x in\n    s +=\n  y = [\n"),
        Arguments.of(Language.PYTHON, "for in:\n  a.b.\n  x not in\n  re.(\n"),
        Arguments.of(Language.PYTHON, ""),
        Arguments.of(Language.PYTHON, "lines = f.read().splitlines(\nfor x in lines.split(:\n"),
        Arguments.of(
            Language.JAVA,
            "class A { Object m() { return Mono.fromCallable(() -> Files.readString())"
                + ".map(x -> TimeUnit.SECONDS.sleep()).subscribeOn(); for (;;) xs.stream(); } }"),
        Arguments.of(Language.JAVASCRIPT, "for (const x of ) { s += ; await ; new RegExp( "),
        Arguments.of(Language.JAVASCRIPT, "app.get('/', (req, res => { fs.readFileSync( "),
        Arguments.of(Language.JAVASCRIPT, "x = = ; [].includes(; for(;;) a.includes(b"),
        Arguments.of(Language.TYPESCRIPT, "function f(a: string[], : ) { for (;;) { a.indexOf( } "),
        Arguments.of(
            Language.TYPESCRIPT, "let s: = ''; while (s) s = s + ; ids.map(async => await"));
  }

  @ParameterizedTest
  @MethodSource("brokenSources")
  void shouldNeverThrowOnBrokenSource(Language language, String source) {
    for (Analyzer analyzer : ALL) {
      if (analyzer.languages().contains(language)) {
        ParsedFile file = ParsedFile.of("broken", language, source);
        assertThatCode(() -> analyzer.analyze(file, new Findings("performance", file)))
            .as(analyzer.name())
            .doesNotThrowAnyException();
      }
    }
  }
}

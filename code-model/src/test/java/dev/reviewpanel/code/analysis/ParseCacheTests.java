package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ParseCacheTests {

  private static final Rule EXEC =
      new Rule("test.exec", "test", null, Severity.HIGH, null, "exec", "none");
  private static final Rule EXIT =
      new Rule("test.exit", "test", null, Severity.LOW, null, "exit", "none");

  private static final String SHELL =
      """
      class Shell {
        void run(String cmd) throws Exception {
          Runtime.getRuntime().exec(cmd);
        }
        void stop() {
          System.exit(1);
        }
      }
      """;

  @Test
  void shouldParseATextOnceForEveryEngineGivenTheCache() {
    ParseCache cache = new ParseCache(100_000);
    List<CompilationUnit> trees = Collections.synchronizedList(new ArrayList<>());
    AnalysisEngine security = engine("security", EXEC, "exec", trees, cache);
    AnalysisEngine bug = engine("bug", EXIT, "exit", trees, cache);

    Analysis first = security.analyze(List.of(file("Shell.java", SHELL)), Duration.ofMinutes(1));
    Analysis second = bug.analyze(List.of(file("Shell.java", SHELL)), Duration.ofMinutes(1));

    assertThat(first.findings()).extracting(f -> f.ruleId()).containsExactly("test.exec");
    assertThat(second.findings()).extracting(f -> f.ruleId()).containsExactly("test.exit");
    assertThat(trees).hasSize(2);
    assertThat(trees.get(1))
        .as("the second engine reads the first one's tree")
        .isSameAs(trees.get(0));
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void shouldParseEachTextOnItsOwnWithoutACache() {
    List<CompilationUnit> trees = Collections.synchronizedList(new ArrayList<>());
    AnalysisEngine security = engine("security", EXEC, "exec", trees, ParseCache.NONE);

    security.analyze(List.of(file("Shell.java", SHELL)), Duration.ofMinutes(1));
    security.analyze(List.of(file("Shell.java", SHELL)), Duration.ofMinutes(1));

    assertThat(trees).hasSize(2);
    assertThat(trees.get(1)).isNotSameAs(trees.get(0));
  }

  @Test
  void shouldShareOnlyIdenticalTextOfTheSameLanguage() {
    ParseCache cache = new ParseCache(100_000);
    String other = SHELL.replace("exit(1)", "exit(2)");

    ParsedFile a = cache.open(SourceFile.of("Shell.java", Language.JAVA, SHELL));
    ParsedFile b = cache.open(SourceFile.of("Other.java", Language.JAVA, new String(SHELL)));
    ParsedFile c = cache.open(SourceFile.of("Shell.java", Language.JAVA, other));
    ParsedFile js = cache.open(SourceFile.of("a.js", Language.JAVASCRIPT, "let x = 1;\n"));
    ParsedFile ts = cache.open(SourceFile.of("a.ts", Language.TYPESCRIPT, "let x = 1;\n"));

    assertThat(b.java().orElseThrow()).isSameAs(a.java().orElseThrow());
    assertThat(b.path()).as("the file stays its own").isEqualTo("Other.java");
    assertThat(c.java().orElseThrow()).isNotSameAs(a.java().orElseThrow());
    assertThat(ts.syntaxTree()).isNotSameAs(js.syntaxTree());
  }

  @Test
  void shouldKeepNoMoreTextThanItsBoundLeastRecentlyUsedFirstOut() {
    String one = "class One {}\n";
    String two = "class Two {}\n";
    ParseCache cache = new ParseCache(one.length() + two.length());

    ParsedFile first = cache.open(SourceFile.of("One.java", Language.JAVA, one));
    cache.open(SourceFile.of("Two.java", Language.JAVA, two));
    cache.open(SourceFile.of("One.java", Language.JAVA, one)); // One is now the most recent
    cache.open(SourceFile.of("Six.java", Language.JAVA, "class Six {}\n"));

    assertThat(cache.chars()).isLessThanOrEqualTo(one.length() + two.length());
    assertThat(cache.open(SourceFile.of("One.java", Language.JAVA, one)).java().orElseThrow())
        .isSameAs(first.java().orElseThrow());
    long misses = cache.misses();
    cache.open(SourceFile.of("Two.java", Language.JAVA, two));
    assertThat(cache.misses()).as("Two was evicted").isEqualTo(misses + 1);
  }

  @Test
  void shouldKeepEachFilesBudgetAndDerivedFactsItsOwn() {
    ParseCache cache = new ParseCache(100_000);
    ParsedFile a = cache.open(SourceFile.of("Shell.java", Language.JAVA, SHELL));
    ParsedFile b = cache.open(SourceFile.of("Shell.java", Language.JAVA, SHELL));

    a.budget(new Budget(Instant.EPOCH, Clock.systemUTC()));
    Object factOfA = a.derived(Object.class, f -> new Object());

    assertThat(b.budget()).isSameAs(Budget.unlimited());
    assertThat(b.derived(Object.class, f -> new Object())).isNotSameAs(factOfA);
  }

  @Test
  void shouldGiveEveryConcurrentAgentTheSameFindingsAsParsingAlone() throws Exception {
    ParseCache cache = new ParseCache(1_000_000);
    List<CompilationUnit> trees = Collections.synchronizedList(new ArrayList<>());
    List<AnalysisEngine> engines =
        List.of(
            engine("security", EXEC, "exec", trees, cache),
            engine("bug", EXIT, "exit", trees, cache),
            engine("performance", EXEC, "exec", trees, cache));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      texts.add(SHELL + "// review " + i + "\n");
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<List<String>>> runs = new ArrayList<>();
      for (String text : texts) {
        for (AnalysisEngine engine : engines) {
          runs.add(
              () ->
                  engine
                      .analyze(List.of(file("Shell.java", text)), Duration.ofMinutes(1))
                      .findings()
                      .stream()
                      .map(f -> engine.agent() + ":" + f.ruleId() + "@" + f.location().startLine())
                      .toList());
        }
      }
      List<String> found = new ArrayList<>();
      for (Future<List<String>> run : pool.invokeAll(runs)) {
        found.addAll(run.get());
      }

      assertThat(found)
          .hasSize(60)
          .containsOnly("security:test.exec@3", "bug:test.exit@6", "performance:test.exec@3");
      Set<CompilationUnit> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
      distinct.addAll(trees);
      assertThat(distinct).as("one tree per text").hasSize(20);
      assertThat(cache.misses()).isEqualTo(20);
      assertThat(cache.hits()).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldLetConcurrentAgentsReadOneTreeSitterTree() throws Exception {
    ParseCache cache = new ParseCache(1_000_000);
    String script =
        """
        function load(id) {
          return fetch('/api/items/' + id).then(r => r.json());
        }
        async function all(ids) {
          for (const id of ids) { await load(id); }
          return ids.map(id => ({ id, name: String(id) }));
        }
        """;
    int expected = calls(ParsedFile.of("a.js", Language.JAVASCRIPT, script));
    assertThat(expected).as("fetch, then, json, load, map, String").isEqualTo(6);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String text = script + "// review " + (i / 3) + "\n";
        reads.add(() -> calls(cache.open(SourceFile.of("a.js", Language.JAVASCRIPT, text))));
      }
      for (Future<Integer> read : pool.invokeAll(reads)) {
        assertThat(read.get()).isEqualTo(expected);
      }
      assertThat(cache.misses()).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }

  // calls, their arguments' ends and their parents, asked of every node: what analyzers ask
  private static int calls(ParsedFile file) {
    int[] found = {0};
    file.syntaxTree()
        .forEachNode(
            node -> {
              if (node.getType().equals("call_expression")
                  && node.getNamedChildCount() > 0
                  && node.getEndByte() > node.getStartByte()
                  && !node.getParent().isNull()
                  && !node.getChildByFieldName("arguments").isNull()) {
                found[0]++;
              }
            });
    return found[0];
  }

  @Test
  void shouldParseATasksFilesOnceForItsCrossFilePassAndTheirTurnsWhateverTheCacheBound() {
    List<ReviewTask.File> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      files.add(file("Shell" + i + ".java", SHELL + "// file " + i + "\n"));
    }
    long review = files.stream().mapToLong(f -> f.content().length()).sum();

    Opens held = crossFileRun(new ParseCache(0, review), files);
    Opens cappedHalf = crossFileRun(new ParseCache(0, review / 2), files);
    Opens none = crossFileRun(new ParseCache(0, 0), files);

    assertThat(held.parses()).as("each file parsed once").isEqualTo(4);
    assertThat(held.sameAtTurn()).as("the pass's file is the turn's").isEqualTo(4);
    assertThat(cappedHalf.parses()).as("the files past the bound parsed again").isEqualTo(6);
    assertThat(none.parses()).isEqualTo(8);
    assertThat(none.sameAtTurn()).isZero();
  }

  @Test
  void shouldHoldNoParseOnceATasksRunIsOver() {
    ParseCache cache = new ParseCache(0, 1_000_000);
    List<ReviewTask.File> files =
        List.of(file("A.java", SHELL), file("B.java", SHELL.replace("Shell", "Other")));

    crossFileRun(cache, files);

    assertThat(cache.retainedChars()).isZero();
    assertThat(cache.chars()).as("a cache of no bound keeps nothing").isZero();
  }

  private record Opens(int parses, int sameAtTurn) {}

  /** A run whose first file's analyzer opens every file of the scope, as the taint pass does. */
  private static Opens crossFileRun(ParseCache cache, List<ReviewTask.File> files) {
    Set<CompilationUnit> parsed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CompilationUnit> trees = new ArrayList<>();
    Set<ParsedFile> openedByPass = Collections.newSetFromMap(new IdentityHashMap<>());
    int[] same = {0};
    Analyzer crossFile =
        new TestAnalyzer(
            "cross-file",
            Set.of(Language.JAVA),
            (file, findings) -> {
              file.scope()
                  .derived(
                      ScopePass.class,
                      scope -> {
                        for (int i = 0; i < scope.size(); i++) {
                          ParsedFile opened = scope.open(i);
                          openedByPass.add(opened);
                          trees.add(opened.java().orElseThrow());
                        }
                        return new ScopePass();
                      });
              trees.add(file.java().orElseThrow());
              same[0] += openedByPass.contains(file) ? 1 : 0;
            });
    new AnalysisEngine(
            "security", List.of(crossFile), Clock.systemUTC(), TestCodePolicy.DEFAULTS, cache)
        .analyze(files, Duration.ofMinutes(1));
    parsed.addAll(trees);
    return new Opens(parsed.size(), same[0]);
  }

  private record ScopePass() {}

  private static AnalysisEngine engine(
      String agent, Rule rule, String method, List<CompilationUnit> trees, ParseCache cache) {
    Analyzer analyzer =
        new TestAnalyzer(
            agent + "-calls",
            Set.of(Language.JAVA),
            (file, findings) -> {
              CompilationUnit unit = file.java().orElseThrow();
              trees.add(unit);
              unit.findAll(MethodCallExpr.class).stream()
                  .filter(call -> call.getNameAsString().equals(method))
                  .forEach(
                      call -> findings.report(rule, call.getBegin().orElseThrow().line, method));
            });
    return new AnalysisEngine(
        agent, List.of(analyzer), Clock.systemUTC(), TestCodePolicy.DEFAULTS, cache);
  }

  private static ReviewTask.File file(String path, String content) {
    return new ReviewTask.File(path, null, content, null);
  }
}

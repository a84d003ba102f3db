package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkCommandTests {

  @Test
  void shouldReplicateTheCorpusToTheWantedLines() {
    SourceWalker walker = new SourceWalker(SampleTrees.resource("eval-sample"));
    List<ScannedFile> files = walker.walk(List.of(SampleTrees.resource("eval-sample")));

    BenchmarkCorpus corpus = BenchmarkCorpus.replicate(files, 1_000);

    assertThat(corpus.lines()).isGreaterThanOrEqualTo(1_000);
    int total = corpus.byLanguage().values().stream().mapToInt(BenchmarkCorpus::lineCount).sum();
    assertThat(total).isEqualTo(corpus.lines());
    assertThat(corpus.byLanguage().values().stream().flatMap(List::stream))
        .extracting(f -> f.path())
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldPrintThroughputPerAgentAndLanguageAndPeakHeap() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code =
        BenchmarkCommand.parse(
                new String[] {SampleTrees.resource("eval-sample").toString(), "--lines", "500"})
            .run(new PrintStream(out, true, StandardCharsets.UTF_8), sink);

    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(table)
        .contains("lines/s/core")
        .containsPattern("(?m)^corpus: \\d+ lines in \\d+ files")
        .containsPattern(
            "(?m)^security\\s+java\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[1-9]\\d*$")
        .containsPattern("(?m)^all, parse per agent\\s+java\\s+.*\\s[1-9]\\d*$")
        .containsPattern("(?m)^all, shared parse\\s+java\\s+.*\\s[1-9]\\d*$")
        .containsPattern("(?m)^all, shared parse\\s+python\\s")
        .containsPattern("(?m)^performance\\s+typescript\\s")
        .containsPattern("(?m)^parse only\\s+javascript\\s")
        .containsPattern("peak heap used: [1-9]\\d* MiB");
  }

  @Test
  void shouldCheckThatAReviewOfTheCorpusFitsTheHeapLimit() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code =
        BenchmarkCommand.parse(
                new String[] {
                  SampleTrees.resource("eval-sample").toString(), "--lines", "500", "--heap"
                })
            .run(new PrintStream(out, true, StandardCharsets.UTF_8), sink);

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(report)
        .containsPattern("(?m)^security \\(worker\\)\\s+\\d+ files\\s+\\d+ lines")
        .containsPattern("(?m)^all agents \\(offline\\)\\s+\\d+ files")
        .containsPattern("(?m)^OK: a \\d+-line review fits in 512 MiB of heap$");
  }

  @Test
  void shouldRunTheTaintPassOnOneReviewPerSize() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code =
        BenchmarkCommand.parse(
                new String[] {SampleTrees.resource("eval-sample").toString(), "--scaling=300,900"})
            .run(new PrintStream(out, true, StandardCharsets.UTF_8), sink);

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    List<String> rows =
        report.lines().filter(line -> line.matches("^\\d+\\s+\\d+\\s+\\d+\\s.*")).toList();
    assertThat(report).contains("interprocedural pass (taint)").contains("lines/s/core");
    assertThat(rows).hasSize(2);
    // the second review holds more copies of the corpus, so more lines and as many more files
    assertThat(Integer.parseInt(rows.get(1).split("\\s+")[0]))
        .isGreaterThan(Integer.parseInt(rows.get(0).split("\\s+")[0]));
    assertThat(rows).allSatisfy(row -> assertThat(row).matches(".*\\s[1-9]\\d*$"));
  }

  @Test
  void shouldCostOneReviewOfTheThreeAgentsSharingOneParsePerFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code =
        BenchmarkCommand.parse(
                new String[] {
                  SampleTrees.resource("eval-sample").toString(),
                  "--review=2",
                  "--parse-cache",
                  "1000000"
                })
            .run(new PrintStream(out, true, StandardCharsets.UTF_8), sink);

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(report)
        .contains("agents security, bug, performance in parallel")
        .containsPattern("all agents\\s+\\d+\\.\\d ms/review")
        .containsPattern("process\\s+\\d+\\.\\d ms/review");
    // a file of each review is parsed once, whichever agent asks first; the others share it
    String cache = report.lines().filter(l -> l.contains("parse cache:")).findFirst().orElseThrow();
    long hits = Long.parseLong(cache.replaceAll(".*cache: (\\d+) hits.*", "$1"));
    long misses = Long.parseLong(cache.replaceAll(".*, (\\d+) misses.*", "$1"));
    assertThat(misses).isPositive();
    assertThat(hits).isGreaterThanOrEqualTo(misses);
  }

  @Test
  void shouldRejectANonPositiveScalingSize() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkCommand.parse(new String[] {"--scaling=1000,0"}));
  }

  @Test
  void shouldRejectANonPositiveLineCount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkCommand.parse(new String[] {"--lines", "0"}));
  }
}

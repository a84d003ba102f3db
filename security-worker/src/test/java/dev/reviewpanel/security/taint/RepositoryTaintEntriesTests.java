package dev.reviewpanel.security.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.config.InvalidConfigException;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.TraceStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A repository's own sources, sinks and sanitizers ({@code taint} in {@code .review-panel.yml})
 * reach the taint engine for its reviews: its database helper is a SQL sink, its quoting function
 * cleans for SQL, its request wrapper is a source; another review without them is unchanged.
 */
class RepositoryTaintEntriesTests {

  private static final String DIR = "/fixtures/repository-taint/";
  private static final Pattern EXPECT = Pattern.compile("(?://|#)\\s*expect:\\s*([\\w.,\\- ]+)$");

  private final AnalysisEngine engine =
      new AnalysisEngine("security", List.of(new TaintAnalyzer()));

  @Test
  void shouldFindTheRepositorysSinksFromItsSourcesAndRespectItsSanitizers() throws IOException {
    List<ParsedFile> files = files();

    Analysis analysis = analyze(files, read("review-panel.yml"));

    assertThat(analysis.problems()).isEmpty();
    assertThat(reported(analysis.findings())).isEqualTo(expected(files));
    Finding sql =
        analysis.findings().stream()
            .filter(f -> f.ruleId().equals("python.sql-injection"))
            .findFirst()
            .orElseThrow();
    assertThat(sql.trace()).last().extracting(TraceStep::kind).isEqualTo(TraceStep.Kind.SINK);
    assertThat(sql.message()).contains("dbkit.select_rows");
  }

  @Test
  void shouldReportTheQuotedQueryWhenTheRepositoryNamesNoSanitizer() throws IOException {
    String sinksOnly = read("review-panel.yml").replaceAll("(?s)  sanitizers:.*", "");

    Analysis analysis = analyze(files(), sinksOnly);

    assertThat(reported(analysis.findings()))
        .contains("orders.py:13 python.sql-injection", "orders.py:19 python.sql-injection")
        .contains("orders.js:13 javascript.sql-injection");
  }

  @Test
  void shouldLeaveReviewsWithoutTheEntriesAsTheCatalogSays() throws IOException {
    analyze(files(), read("review-panel.yml"));

    Analysis plain = analyze(files(), null);

    assertThat(reported(plain.findings()))
        .noneMatch(f -> f.contains("sql-injection") || f.contains("command-injection"));
  }

  @Test
  void shouldRejectAnEntryTheCatalogCannotReadWithItsKeyAndLine() {
    String config =
        """
        taint:
          sinks:
            - {call: "dbkit.select_rows", kind: sql, args: [0]}
            - {kind: sql, args: [0]}
            - {call: "dbkit.run", kind: sql, if-text: "([a-z"}
        """;

    assertThatThrownBy(() -> RepositoryConfigReader.read(config))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(
            "line 4: taint.sinks[1] a sink needs exactly one of call, assign, return-from")
        .hasMessageContaining("line 5: taint.sinks[2] not a valid regular expression");
  }

  @Test
  void shouldRejectKindsNoRuleLooksForAndJavaWithTheirKeyAndLine() {
    String config =
        """
        taint:
          sanitizers:
            - {call: "dbkit.quote", cleans: [sqll]}
          sinks:
            - {call: "Db.run", kind: sql, languages: [java]}
        """;

    assertThatThrownBy(() -> RepositoryConfigReader.read(config))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("line 3: taint.sanitizers[0].cleans[0] must be one of [code,")
        .hasMessageContaining("not \"sqll\"")
        .hasMessageContaining(
            "line 5: taint.sinks[0].languages[0] must be one of [python, javascript, typescript],"
                + " not \"java\"");
  }

  @Test
  void shouldPublishExactlyTheSinkKindsTheCatalogsRulesLookFor() throws IOException {
    JsonNode schema;
    try (InputStream in =
        getClass().getResourceAsStream("/schemas/review-panel-config.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    TreeSet<String> published = new TreeSet<>();
    schema.path("$defs").path("SinkKind").path("enum").forEach(k -> published.add(k.asText()));

    assertThat(published).isEqualTo(Catalog.fromClasspath(TaintAnalyzer.CATALOG).sinkKinds());
  }

  private Analysis analyze(List<ParsedFile> files, String config) {
    ReviewPolicy policy = new ReviewPolicy(RepositoryConfigReader.read(config), Baseline.EMPTY);
    return engine.analyzeParsed(
        files, Instant.now().plus(Duration.ofMinutes(1)), ReviewOptions.DEFAULTS, policy);
  }

  private static List<ParsedFile> files() throws IOException {
    return List.of(
        ParsedFile.of("app/orders.py", Language.PYTHON, read("orders.py")),
        ParsedFile.of("web/orders.js", Language.JAVASCRIPT, read("orders.js")));
  }

  private static String read(String name) throws IOException {
    try (InputStream in = RepositoryTaintEntriesTests.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static TreeSet<String> reported(List<Finding> findings) {
    TreeSet<String> reported = new TreeSet<>();
    for (Finding f : findings) {
      String path = f.location().path();
      reported.add(
          path.substring(path.lastIndexOf('/') + 1)
              + ":"
              + f.location().startLine()
              + " "
              + f.ruleId());
    }
    return reported;
  }

  private static TreeSet<String> expected(List<ParsedFile> files) {
    TreeSet<String> expected = new TreeSet<>();
    for (ParsedFile file : files) {
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      for (int n = 1; n <= file.lineCount(); n++) {
        Matcher m = EXPECT.matcher(file.line(n));
        if (m.find()) {
          for (String rule : m.group(1).split(",")) {
            expected.add(name + ":" + n + " " + rule.strip());
          }
        }
      }
    }
    return expected;
  }
}

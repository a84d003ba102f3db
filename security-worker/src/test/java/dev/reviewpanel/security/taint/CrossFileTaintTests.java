package dev.reviewpanel.security.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.TraceStep;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small applications of several files where request data crosses a function, a class and a file
 * before it reaches a sink: each is analyzed as one review, and the findings land exactly on the
 * marked lines, with a trace through the files, and nowhere in the safe look-alikes.
 */
class CrossFileTaintTests {

  private static final Pattern EXPECT = Pattern.compile("(?://|#)\\s*expect:\\s*([\\w.,\\- ]+)$");
  private final AnalysisEngine engine =
      new AnalysisEngine("security", List.of(new TaintAnalyzer()));

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"python_shop", "express_shop", "nest_users", "spring_shop", "servlet_pages"})
  void shouldFollowRequestDataAcrossFunctionsClassesAndFiles(String app) throws Exception {
    List<ParsedFile> files = load(app);

    Analysis analysis = engine.analyzeParsed(files, Instant.now().plus(Duration.ofMinutes(1)));

    assertThat(analysis.problems()).isEmpty();
    assertThat(reported(analysis.findings())).containsExactlyInAnyOrderElementsOf(expected(files));
  }

  @Test
  void shouldTellTheTraceAcrossFilesInTheMessage() throws Exception {
    List<ParsedFile> files = load("python_shop");

    Finding sql =
        engine.analyzeParsed(files, Instant.now().plus(Duration.ofMinutes(1))).findings().stream()
            .filter(f -> f.ruleId().equals("python.sql-injection"))
            .findFirst()
            .orElseThrow();

    assertThat(sql.severity()).isEqualTo(Severity.HIGH);
    assertThat(sql.trace()).first().extracting(TraceStep::kind).isEqualTo(TraceStep.Kind.SOURCE);
    assertThat(sql.trace()).last().extracting(TraceStep::kind).isEqualTo(TraceStep.Kind.SINK);
    assertThat(sql.trace())
        .extracting(TraceStep::path)
        .map(CrossFileTaintTests::name)
        .contains("routes.py", "services.py", "repo.py");
    assertThat(sql.message())
        .contains("request data request.args (routes.py:13)")
        .contains("OrderService.search(q)")
        .contains("OrderRepository.find_by_title(pattern)")
        .contains("repo.py:10");
  }

  @Test
  void shouldTellTheJavaTraceFromControllerThroughServiceToRepository() throws Exception {
    List<ParsedFile> files = load("spring_shop");

    Finding sql =
        engine.analyzeParsed(files, Instant.now().plus(Duration.ofMinutes(1))).findings().stream()
            .filter(f -> f.location().path().endsWith("OrderRepository.java"))
            .findFirst()
            .orElseThrow();

    assertThat(sql.severity()).isEqualTo(Severity.HIGH);
    assertThat(sql.trace())
        .extracting(TraceStep::path)
        .map(CrossFileTaintTests::name)
        .contains("OrderController.java", "DefaultOrderService.java", "OrderRepository.java");
    assertThat(sql.message())
        .contains("request parameter 'customer'")
        .contains("DefaultOrderService.search(")
        .contains("OrderRepository.findByCustomer(")
        .contains("OrderRepository.java:20");
  }

  @Test
  void shouldTellTheTraceThroughTheBuilderThatStoresTheValueUnescaped() throws Exception {
    List<ParsedFile> files = load("servlet_pages");

    Finding xss =
        engine.analyzeParsed(files, Instant.now().plus(Duration.ofMinutes(1))).findings().stream()
            .filter(f -> f.ruleId().equals("java.xss"))
            .findFirst()
            .orElseThrow();

    assertThat(xss.trace())
        .extracting(TraceStep::path)
        .map(CrossFileTaintTests::name)
        .contains("TokenPageFilter.java", "PlainTemplates.java");
    assertThat(xss.message())
        .contains("PlainTemplates.Builder.withValue(")
        .contains("returned from render()");
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static List<ParsedFile> load(String app) throws IOException, URISyntaxException {
    Path root =
        Path.of(CrossFileTaintTests.class.getResource("/fixtures/multifile/" + app).toURI());
    List<ParsedFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        Language language = Language.fromPath(relative).orElseThrow();
        files.add(ParsedFile.of(relative, language, Files.readString(path)));
      }
    }
    return files;
  }

  private static List<String> expected(List<ParsedFile> files) {
    List<String> expected = new ArrayList<>();
    for (ParsedFile file : files) {
      for (int line = 1; line <= file.lineCount(); line++) {
        Matcher matcher = EXPECT.matcher(file.line(line).strip());
        if (matcher.find()) {
          for (String rule : matcher.group(1).split(",")) {
            expected.add(rule.strip() + "@" + file.path() + ":" + line);
          }
        }
      }
    }
    return expected;
  }

  private static List<String> reported(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + "@" + f.location().path() + ":" + f.location().startLine())
        .toList();
  }
}

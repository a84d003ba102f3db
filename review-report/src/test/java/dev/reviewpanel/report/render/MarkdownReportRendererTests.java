package dev.reviewpanel.report.render;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import dev.reviewpanel.report.RandomFindings;
import dev.reviewpanel.report.Reports;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTests {

  private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

  @Test
  void shouldShowVerdictRiskACountTableBySeverityAndAgentAndTheAgents() {
    String md = renderer.render(Reports.sample("r-1"));

    assertThat(md).contains("**Verdict:** REJECT · **Risk:** 87/100 · **Status:** PARTIAL");
    assertThat(md).contains("Repository: `acme/shop`");
    assertThat(md)
        .contains("| Severity | security | bug | performance | Total |")
        .contains("| CRITICAL | 1 | 0 | 0 | 1 |")
        .contains("| MEDIUM | 0 | 0 | 1 | 1 |")
        .contains("| **Total** | 1 | 0 | 1 | 2 |");
    assertThat(md).contains("| bug | TIMED_OUT | 0 | 120000 ms |");
    assertThat(md.indexOf("| Severity |")).isLessThan(md.indexOf("## Findings"));
  }

  @Test
  void shouldGroupFindingsByFileThenSeverity() {
    String md =
        renderer.render(
            Reports.of(
                "r-2",
                List.of(
                    finding("bug", "a", Severity.LOW, "src/A.java", 9),
                    finding("security", "b", Severity.CRITICAL, "src/A.java", 3),
                    finding("bug", "c", Severity.HIGH, "src/B.java", 1),
                    finding("bug", "d", Severity.LOW, "src/A.java", 2))));

    int fileA = md.indexOf("### `src/A.java`");
    int critical = md.indexOf("#### CRITICAL", fileA);
    int low = md.indexOf("#### LOW", fileA);
    int fileB = md.indexOf("### `src/B.java`");
    assertThat(fileA).isPositive();
    assertThat(critical).isGreaterThan(fileA);
    assertThat(low).isGreaterThan(critical).isLessThan(fileB);
    assertThat(md.indexOf("a title")).isBetween(low, fileB);
    assertThat(md.indexOf("d title")).isBetween(low, fileB);
  }

  @Test
  void shouldGiveEachRulesRecommendationOnceHoweverManyFindingsItHas() {
    List<Finding> same =
        List.of(
            finding("security", "java.sql-injection", Severity.HIGH, "src/A.java", 1),
            finding("security", "java.sql-injection", Severity.HIGH, "src/A.java", 2),
            finding("security", "java.sql-injection", Severity.HIGH, "src/B.java", 3));

    String md = renderer.render(Reports.of("r-3", same));

    assertThat(occurrences(md, "Fix it.")).isOne();
    assertThat(md)
        .contains("- `java.sql-injection` **java.sql-injection title**, 3 findings: Fix it.");
  }

  @Test
  void shouldFenceSnippetsSoCodeCannotBreakOut() {
    Finding tricky =
        new Finding(
            "fp",
            "bug",
            "js.weird",
            "bug",
            null,
            Severity.LOW,
            Confidence.LOW,
            "Odd template",
            "msg",
            null,
            Location.line("a.js", 1),
            "const s = ```not a fence```;",
            FindingOrigin.LLM);

    String md = renderer.render(Reports.of("r-4", List.of(tricky)));

    assertThat(md).contains("````\nconst s = ```not a fence```;\n````");
  }

  @Test
  void shouldEscapeTextUnderReviewSoItCannotCloseABlockOrRunAScript() {
    Finding hostile =
        new Finding(
            "fp",
            "security",
            "js.xss",
            "xss",
            "CWE-79",
            Severity.HIGH,
            Confidence.HIGH,
            "XSS </details><script>alert(1)</script>",
            "Renders [click](javascript:alert(1)) | and </details>",
            "Encode.",
            Location.line("web/<img src=x onerror=alert(1)>.js", 4),
            "el.innerHTML = q;",
            FindingOrigin.RULE);
    List<Finding> many = new java.util.ArrayList<>(new RandomFindings(7, 3).findings(30));
    many.add(hostile);

    String md = renderer.render(Reports.of("r-5", many));

    // inside code spans and fences text is shown, never run; everywhere else it is escaped
    String outsideCode = md.replaceAll("(?s)````.*?````|```.*?```|``.*?``|`[^`]*`", "");
    assertThat(outsideCode).doesNotContain("<script").doesNotContain("<img");
    assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(javascript:");
    assertThat(occurrences(md, "<details>")).isEqualTo(occurrences(md, "</details>"));
  }

  @Test
  void shouldSaySoWhenThereAreNoFindings() {
    assertThat(renderer.render(Reports.of("r-6", List.of())))
        .contains("No findings.")
        .contains("**Verdict:** APPROVE");
  }

  @Test
  void shouldLeaveSuppressedFindingsOutButSayHowMany() {
    Finding suppressed =
        finding("security", "java.sql-injection", Severity.CRITICAL, "src/Fixture.java", 3)
            .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "test fixture"));
    Finding kept = finding("bug", "null-deref", Severity.MEDIUM, "src/A.java", 1);

    String md = renderer.render(Reports.of("r-7", List.of(suppressed, kept)));

    assertThat(md).contains("1 suppressed finding(s) are not counted and not listed here");
    assertThat(md).doesNotContain("src/Fixture.java").contains("null-deref title");
    assertThat(md).contains("| CRITICAL | 0 | 0 | 0 |");
  }

  @Test
  void shouldShowTheTracedPathOfATaintFinding() {
    Finding f = finding("security", "java.sql-injection", Severity.HIGH, "src/Dao.java", 40);
    Finding traced =
        f.withTrace(
            List.of(
                new TraceStep("src/Web.java", 12, TraceStep.Kind.SOURCE, "request parameter 'id'"),
                new TraceStep("src/Dao.java", 40, TraceStep.Kind.SINK, "concatenated into SQL")));

    String md = renderer.render(Reports.of("r-8", List.of(traced)));

    assertThat(md)
        .contains("1. `src/Web.java:12` source: request parameter 'id'")
        .contains("2. `src/Dao.java:40` sink: concatenated into SQL");
  }

  @Test
  void shouldListTheFilesNotAnalyzedWithWhy() {
    ReviewReport report =
        Reports.withNotAnalyzed(
            Reports.sample("r-9"),
            List.of(
                new NotAnalyzed(
                    "src/Broken.java",
                    NotAnalyzed.Reason.PARSE_ERROR,
                    "parse error at line 3",
                    3,
                    null,
                    true,
                    List.of("security", "bug")),
                NotAnalyzed.atIntake(
                    "web/app.min.js", NotAnalyzed.Reason.MINIFIED, "one line", 1)));

    String md = renderer.render(report);

    assertThat(md)
        .contains("## Not analyzed (2)")
        .contains(
            "| `src/Broken.java` | parse error (line 3), partly analyzed | parse error at line 3"
                + " | security, bug |")
        .contains("| `web/app.min.js` | minified (line 1) | one line | all (at intake) |");
  }

  @Test
  void shouldKeepA400FindingReportReadableAndWithinGitHubsCommentLimit() {
    ReviewReport report = Reports.of("r-400", new RandomFindings(400, 40).findings(460));
    long counted = report.findings().stream().filter(f -> !f.suppressed()).count();

    String md = renderer.render(report);

    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReportRenderer.DEFAULT_BUDGET);
    assertThat(md).contains("<details><summary><code>src/main/java/shop/");
    assertThat(occurrences(md, "<details>")).isEqualTo(occurrences(md, "</details>"));
    assertThat(shownInFull(md) + collapsedLines(md) + omitted(md)).isEqualTo(counted);
    assertThat(shownInFull(md)).isEqualTo(MarkdownFindings.INLINE);
    System.out.printf(
        "400-finding report (%d counted): Markdown %,d characters, %d omitted%n",
        counted, md.length(), omitted(md));
  }

  @Test
  void shouldSayWhatWasLeftOutAndWhereToFindItWhenTheBudgetRunsOut() {
    ReviewReport report = Reports.of("r-small", new RandomFindings(400, 40).findings(460));
    long counted = report.findings().stream().filter(f -> !f.suppressed()).count();

    String md = new MarkdownReportRenderer(12_000).render(report);

    assertThat(md.length()).isLessThanOrEqualTo(12_000);
    assertThat(omitted(md)).isPositive();
    assertThat(shownInFull(md) + collapsedLines(md) + omitted(md)).isEqualTo(counted);
    assertThat(md).contains("GET /api/reviews/r-small/report");
  }

  private static int shownInFull(String md) {
    return occurrences(md, " · confidence ");
  }

  private static int collapsedLines(String md) {
    return (int) md.lines().filter(line -> line.matches("- L[0-9?]+ .*")).count();
  }

  private static int omitted(String md) {
    Matcher m = Pattern.compile("\\*\\*(\\d+) more finding\\(s\\) in").matcher(md);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}

package dev.reviewpanel.coordinator.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.coordinator.Reports;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTests {

  private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

  @Test
  void shouldShowVerdictRiskCountsAndAgents() {
    String md = renderer.render(Reports.sample("r-1"));

    assertThat(md).contains("**Verdict:** REJECT · **Risk:** 87/100 · **Status:** PARTIAL");
    assertThat(md).contains("Repository: `acme/shop`");
    assertThat(md).contains("| CRITICAL | 1 |", "| HIGH | 0 |", "| MEDIUM | 1 |");
    assertThat(md).contains("| bug | TIMED_OUT | 0 | 120000 ms |");
    assertThat(md).contains("| security | COMPLETED | 1 | 812 ms |");
  }

  @Test
  void shouldGroupFindingsBySeverityMostSevereFirst() {
    String md = renderer.render(Reports.sample("r-1"));

    int critical = md.indexOf("## CRITICAL (1)");
    int medium = md.indexOf("## MEDIUM (1)");
    assertThat(critical).isPositive();
    assertThat(medium).isGreaterThan(critical);
    assertThat(md.indexOf("SQL injection")).isBetween(critical, medium);
    assertThat(md).doesNotContain("## HIGH");
    assertThat(md)
        .contains("`src/main/java/shop/OrderDao.java:42`")
        .contains("`java.sql-injection` (CWE-89)")
        .contains("**Recommendation:** Use a PreparedStatement with bound parameters.");
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
    ReviewReport report =
        new ReviewReport(
            1,
            null,
            "r-2",
            ReviewReport.Status.COMPLETE,
            ReviewReport.Decision.APPROVE,
            5,
            null,
            List.of(tricky),
            Map.of(),
            List.of(),
            null,
            null,
            null);

    String md = renderer.render(report);

    assertThat(md).contains("````\nconst s = ```not a fence```;\n````");
  }

  @Test
  void shouldSaySoWhenThereAreNoFindings() {
    ReviewReport clean =
        new ReviewReport(
            1,
            null,
            "r-3",
            ReviewReport.Status.COMPLETE,
            ReviewReport.Decision.APPROVE,
            0,
            "Nothing to report.",
            List.of(),
            Map.of(),
            List.of(),
            null,
            null,
            null);

    assertThat(renderer.render(clean)).contains("No findings.").contains("**Verdict:** APPROVE");
  }
}

package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import org.junit.jupiter.api.Test;

/** The test-code policy is applied where findings are built, whichever analyzer reports them. */
class TestCodeFindingsTests {

  private static final Rule SQL =
      new Rule(
          "python.sql-injection",
          "injection",
          "CWE-89",
          Severity.CRITICAL,
          Confidence.HIGH,
          "SQL injection",
          "Bind parameters.");
  private static final String CODE = "cursor.execute('SELECT * FROM t WHERE id = ' + user_id)\n";

  @Test
  void shouldReportSecurityFindingsInTestCodeAtLowAndSayWhy() {
    Findings findings =
        new Findings("security", ParsedFile.of("tests/test_db.py", Language.PYTHON, CODE));

    findings.report(SQL, 1, "user_id reaches cursor.execute() concatenated into SQL.");

    assertThat(findings.toList())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(f.message())
                  .startsWith("user_id reaches cursor.execute()")
                  .endsWith("Reported at LOW: test code (the path matches '**/tests/**').");
            });
  }

  @Test
  void shouldLeaveProductCodeAndOtherAgentsAsTheRuleSays() {
    Findings product = new Findings("security", ParsedFile.of("app/db.py", Language.PYTHON, CODE));
    Findings bug = new Findings("bug", ParsedFile.of("tests/test_db.py", Language.PYTHON, CODE));

    product.report(SQL, 1, "why");
    bug.report(SQL, 1, "why");

    assertThat(product.toList())
        .singleElement()
        .extracting(f -> f.severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(bug.toList())
        .singleElement()
        .extracting(f -> f.severity())
        .isEqualTo(Severity.CRITICAL);
  }

  @Test
  void shouldDropAndCountTestCodeFindingsWhenTheModeIsOff() {
    TestCodePolicy off = new TestCodePolicy(TestCodePolicy.Mode.OFF, null, null);
    Findings findings =
        new Findings("security", ParsedFile.of("tests/test_db.py", Language.PYTHON, CODE), off);

    findings.report(SQL, 1, "why");

    assertThat(findings.toList()).isEmpty();
    assertThat(findings.droppedInTestCode()).isEqualTo(1);
  }

  @Test
  void shouldCountTheRepositorysTestPatternsAsTestCodeUnderTheWorkersMode() {
    ReviewPolicy policy =
        new ReviewPolicy(
            RepositoryConfigReader.read("tests:\n  patterns: [e2e/, \"**/*_scenario.py\"]\n"),
            Baseline.EMPTY);
    TestCodePolicy off = new TestCodePolicy(TestCodePolicy.Mode.OFF, null, null);
    Findings e2e =
        new Findings("security", ParsedFile.of("e2e/login.py", Language.PYTHON, CODE), policy);
    Findings scenario =
        new Findings(
            "security",
            ParsedFile.of("app/checkout_scenario.py", Language.PYTHON, CODE),
            policy,
            off);
    Findings product =
        new Findings("security", ParsedFile.of("app/e2e_client.py", Language.PYTHON, CODE), policy);
    Findings unconfigured =
        new Findings("security", ParsedFile.of("e2e/login.py", Language.PYTHON, CODE));

    e2e.report(SQL, 1, "why.");
    scenario.report(SQL, 1, "why.");
    product.report(SQL, 1, "why.");
    unconfigured.report(SQL, 1, "why.");

    assertThat(e2e.toList())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message()).endsWith("(the path matches 'e2e/').");
            });
    assertThat(scenario.toList()).isEmpty();
    assertThat(scenario.droppedInTestCode()).isEqualTo(1);
    assertThat(product.toList())
        .singleElement()
        .extracting(f -> f.severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(unconfigured.toList())
        .singleElement()
        .extracting(f -> f.severity())
        .isEqualTo(Severity.CRITICAL);
  }
}

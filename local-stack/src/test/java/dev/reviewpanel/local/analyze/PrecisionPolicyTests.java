package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code docs/findings.md} requires of every rule and can be checked centrally, checked over
 * every analyzer of every agent on the labeled cases and the vulnerable applications: a security
 * finding is HIGH or CRITICAL only for a rule the policy's table allows; every message says more
 * than the title; a hard-coded credential's message names its holder and value shape; test code is
 * quieter.
 */
class PrecisionPolicyTests {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\|([^|]+)\\|\\s*(CRITICAL|HIGH)\\s*\\|");
  private static final Pattern RULE_ID = Pattern.compile("`([a-z]+\\.[a-z0-9-]+)`");

  private static List<Finding> findings;

  @BeforeAll
  static void analyzeEverythingLabeled() {
    SourceWalker walker = new SourceWalker(REPOSITORY);
    List<Supplier<ReviewTask.File>> files = new ArrayList<>();
    for (ScannedFile file :
        walker.walk(
            List.of(
                REPOSITORY.resolve("evaluation/cases"), REPOSITORY.resolve("evaluation/apps")))) {
      files.add(
          () ->
              new ReviewTask.File(
                  file.path(), file.language().id(), AnalyzeCommand.read(file.file()), null));
    }
    findings =
        new OfflineAnalysis(AgentEngines.load(AgentEngines.ALL))
            .run(files, Progress.silent())
            .findings();
  }

  @Test
  void shouldKeepHighAndCriticalSecurityFindingsToTheRulesThePolicyAllows() throws IOException {
    Map<String, Severity> allowed = allowedAtHigh();
    assertThat(allowed).containsKey("python.hardcoded-secret");

    assertThat(findings)
        .filteredOn(f -> f.agent().equals("security") && f.severity().atLeast(Severity.HIGH))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(allowed.get(f.ruleId()))
                    .as(
                        "%s at %s in %s: not allowed by docs/findings.md",
                        f.ruleId(), f.severity(), f.location().path())
                    .isNotNull()
                    .satisfies(max -> assertThat(max.atLeast(f.severity())).isTrue()));
  }

  @Test
  void shouldExplainEveryFindingBeyondItsTitle() {
    assertThat(findings)
        .hasSizeGreaterThan(300)
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .as("%s in %s", f.ruleId(), f.location().path())
                    .isNotBlank()
                    .hasSizeGreaterThan(15)
                    .isNotEqualToIgnoringCase(f.title())
                    .isNotEqualToIgnoringCase(f.title() + "."));
  }

  @Test
  void shouldNameTheHolderAndTheShapeOfEveryHardCodedCredential() {
    assertThat(findings)
        .filteredOn(f -> f.ruleId().endsWith(".hardcoded-secret"))
        .hasSizeGreaterThan(10)
        .allSatisfy(
            f -> {
              assertThat(f.message()).contains(" holds ", "(masked)");
              assertThat(f.severity().atLeast(Severity.HIGH))
                  .as("HIGH only for a provider's token format: %s", f.message())
                  .isEqualTo(f.message().contains("in the format of"));
            });
  }

  @Test
  void shouldReportSecurityFindingsInTestCodeAtLow() {
    assertThat(findings)
        .filteredOn(
            f ->
                f.agent().equals("security")
                    && TestCodePolicy.DEFAULTS
                        .appliesTo("security", f.location().path())
                        .isPresent())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message()).contains("Reported at LOW: test code");
            });
  }

  // the table of docs/findings.md: rule ids in the first column, the highest severity allowed next
  private static Map<String, Severity> allowedAtHigh() throws IOException {
    Map<String, Severity> allowed = new HashMap<>();
    for (String line : Files.readAllLines(REPOSITORY.resolve("docs/findings.md"))) {
      Matcher row = TABLE_ROW.matcher(line);
      if (row.find()) {
        Matcher rule = RULE_ID.matcher(row.group(1));
        while (rule.find()) {
          allowed.put(rule.group(1), Severity.valueOf(row.group(2)));
        }
      }
    }
    return allowed;
  }
}

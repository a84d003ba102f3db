package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The repository's policy, applied by the engine to whatever an analyzer reports. */
class ReviewPolicyTests {

  private static final Rule MD5 =
      new Rule("test.md5", "crypto", "CWE-328", Severity.MEDIUM, null, "MD5", "Use SHA-256.");

  private final AnalysisEngine engine = new AnalysisEngine("test", List.of(new Md5Analyzer()));

  @Test
  void shouldSuppressWithAReasonAndReportASuppressionWithoutOne() throws IOException {
    Analysis analysis = analyze(ReviewPolicy.DEFAULT, file("src/hashes.py"));

    assertThat(analysis.findings())
        .extracting(
            Finding::ruleId, f -> f.location().startLine(), Finding::severity, Finding::suppression)
        .containsExactlyInAnyOrder(
            tuple(
                "test.md5",
                6,
                Severity.MEDIUM,
                new Suppression(Suppression.Kind.IN_SOURCE, "a cache key, not a password")),
            tuple("test.md5", 10, Severity.MEDIUM, null),
            tuple("test.md5", 15, Severity.MEDIUM, null),
            tuple("review-panel.suppression-without-reason", 14, Severity.LOW, null));
    assertThat(analysis.findings())
        .filteredOn(f -> f.location().startLine() == 14)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("line 15 is still counted"));
  }

  @Test
  void shouldKeepFindingsOfARuleSwitchedOffAsSuppressedByConfiguration() throws IOException {
    ReviewPolicy policy = policy("rules:\n  test.md5: off\n", Baseline.EMPTY);

    Analysis analysis = analyze(policy, file("src/hashes.py"));

    assertThat(analysis.findings())
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo(Suppression.Kind.CONFIG));
  }

  @Test
  void shouldApplyTheSeverityOfTheRuleOrItsCategory() throws IOException {
    Analysis byRule =
        analyze(
            policy("rules:\n  test.md5: {severity: critical}\n", Baseline.EMPTY),
            file("src/hashes.py"));
    Analysis byCategory =
        analyze(
            policy("categories:\n  crypto: {severity: low}\n", Baseline.EMPTY),
            file("src/hashes.py"));

    assertThat(byRule.findings())
        .filteredOn(f -> f.ruleId().equals("test.md5"))
        .extracting(Finding::severity)
        .containsOnly(Severity.CRITICAL);
    assertThat(byCategory.findings())
        .filteredOn(f -> f.ruleId().equals("test.md5"))
        .extracting(Finding::severity)
        .containsOnly(Severity.LOW);
  }

  @Test
  void shouldReportBaselineFindingsAsSuppressedAndNewOnesAsCounted() throws IOException {
    Finding today =
        analyze(ReviewPolicy.DEFAULT, file("src/hashes.py")).findings().stream()
            .filter(f -> f.location().startLine() == 10)
            .findFirst()
            .orElseThrow();
    Baseline baseline =
        new Baseline(
            1, List.of(new Baseline.Entry(today.fingerprint(), "test.md5", "src/hashes.py")));

    Analysis later = analyze(policy(null, baseline), file("src/hashes.py"));

    assertThat(later.findings())
        .filteredOn(f -> f.location().startLine() == 10)
        .singleElement()
        .satisfies(f -> assertThat(f.suppression().kind()).isEqualTo(Suppression.Kind.BASELINE));
    assertThat(later.findings())
        .filteredOn(f -> f.location().startLine() == 15)
        .singleElement()
        .satisfies(f -> assertThat(f.suppression()).isNull());
  }

  @Test
  void shouldListFilesLeftOutByThePathsAsExcluded() throws IOException {
    ReviewPolicy policy = policy("paths:\n  exclude: [legacy/]\n", Baseline.EMPTY);

    Analysis analysis = analyze(policy, file("src/hashes.py"), file("legacy/hashes.py"));

    assertThat(analysis.findings()).allMatch(f -> f.location().path().equals("src/hashes.py"));
    assertThat(analysis.skipped())
        .extracting(Skipped::path, Skipped::reason)
        .containsExactly(tuple("legacy/hashes.py", Skipped.Reason.EXCLUDED));
  }

  private Analysis analyze(ReviewPolicy policy, ReviewTask.File... files) {
    return engine.analyze(List.of(files), Instant.now().plus(Duration.ofMinutes(1)), policy);
  }

  private static ReviewPolicy policy(String config, Baseline baseline) {
    return new ReviewPolicy(RepositoryConfigReader.read(config), baseline);
  }

  private static ReviewTask.File file(String path) throws IOException {
    try (InputStream in =
        ReviewPolicyTests.class.getResourceAsStream("/fixtures/suppressions/hashes.py")) {
      return new ReviewTask.File(
          path, "python", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    }
  }

  /** Reports every call of md5, as a real weak-hash rule would. */
  private static final class Md5Analyzer implements Analyzer {

    @Override
    public String name() {
      return "md5";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.PYTHON);
    }

    @Override
    public void analyze(ParsedFile file, Findings findings) {
      for (int n = 1; n <= file.lineCount(); n++) {
        if (file.line(n).contains("hashlib.md5(")) {
          findings.report(MD5, n, "MD5 is broken for security purposes.");
        }
      }
    }
  }
}

package dev.reviewpanel.local.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageTests {

  @TempDir Path dir;

  @Test
  void shouldScoreVerdictsPerRuleAndListWhatIsUntriagedOrStale() throws IOException {
    Path file =
        write(
            Triage.HEADER,
            "f1\tpython.code-injection\tflask/cli.py:960\tFP\texec of the user's own startup file",
            "f2\tpython.sql-injection\tdjango/db.py:5\tTP\trequest value reaches raw SQL",
            "f3\tpython.sql-injection\tdjango/db.py:9\tdebatable\tonly settings reach it",
            "f9\tpython.sql-injection\tdjango/gone.py:1\tFP\tcode since removed",
            "f8\tjava.xss\tother/X.java:1\tFP\tanother project, not run");
    List<Finding> findings =
        List.of(
            finding("f1", "python.code-injection", Severity.CRITICAL),
            finding("f2", "python.sql-injection", Severity.HIGH),
            finding("f3", "python.sql-injection", Severity.MEDIUM),
            finding("f4", "python.weak-hash", Severity.MEDIUM),
            finding("f5", "python.path-traversal", Severity.HIGH));

    TriageScore score = TriageScore.of(findings, Triage.read(file), Set.of("flask", "django"));

    assertThat(score.overall().triaged()).isEqualTo(3);
    assertThat(score.overall().precision()).isEqualTo(1.0 / 3);
    assertThat(score.overall().tpOrDebatable()).isEqualTo(2.0 / 3);
    assertThat(score.byRule().get("python.sql-injection").precision()).isEqualTo(0.5);
    assertThat(score.severeFalsePositives()).extracting(Finding::fingerprint).containsExactly("f1");
    assertThat(score.untriaged()).extracting(Finding::fingerprint).containsExactly("f4", "f5");
    assertThat(score.untriagedSevere()).isEqualTo(1);
    assertThat(score.staleRows()).isEqualTo(1);
  }

  @Test
  void shouldRejectAnUnknownVerdictOrARepeatedFingerprintNamingTheLine() throws IOException {
    Path unknown = write(Triage.HEADER, "f1\tr\tp:1\tmaybe\twhy");
    assertThatThrownBy(() -> Triage.read(unknown))
        .hasMessageContaining("line 2")
        .hasMessageContaining("'maybe' is not TP, FP or debatable");

    Path twice = write("f1\tr\tp:1\tTP\twhy", "f1\tr\tp:2\tFP\twhy");
    assertThatThrownBy(() -> Triage.read(twice))
        .hasMessageContaining("line 2: fingerprint f1 twice");

    Path short_ = write("f1\tr\tp:1\tTP");
    assertThatThrownBy(() -> Triage.read(short_)).hasMessageContaining("line 1: expected");
  }

  @Test
  void shouldWriteEveryFindingWithItsVerdictAndSeverityAsReadableTriageRows() throws IOException {
    Path file = write(Triage.HEADER, "f1\tpython.code-injection\tflask/cli.py:960\tFP\town file");
    Triage triage = Triage.read(file);
    List<Finding> findings =
        List.of(
            finding("f1", "python.code-injection", Severity.CRITICAL),
            finding("f4", "python.weak-hash", Severity.MEDIUM));
    Path out = dir.resolve("out/findings.tsv");

    Untriaged.write(out, findings, triage);

    assertThat(Files.readAllLines(out))
        .containsExactly(
            Triage.HEADER,
            "f1\tpython.code-injection\tx/y.py:1\tFP\tCRITICAL own file",
            "f4\tpython.weak-hash\tx/y.py:1\t?\tMEDIUM python.weak-hash: ");
  }

  @Test
  void shouldReadAMissingFileAsNoVerdicts() {
    assertThat(Triage.read(dir.resolve("absent.tsv")).byFingerprint()).isEmpty();
  }

  private Path write(String... lines) throws IOException {
    return Files.write(Files.createTempFile(dir, "triage", ".tsv"), List.of(lines));
  }

  private static Finding finding(String fingerprint, String rule, Severity severity) {
    return new Finding(
        fingerprint,
        "security",
        rule,
        null,
        null,
        severity,
        null,
        rule,
        rule,
        null,
        new Location("x/y.py", 1, 1),
        "",
        null);
  }
}

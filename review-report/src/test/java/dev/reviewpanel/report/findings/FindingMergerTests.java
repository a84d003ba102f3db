package dev.reviewpanel.report.findings;

import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingMergerTests {

  @Test
  void shouldKeepOneFindingPerFingerprint() {
    Finding first = finding("security", "sqli", Severity.HIGH, "A.java", 10);
    Finding sameFromAnotherShard = finding("security", "sqli", Severity.HIGH, "A.java", 10);

    List<Finding> merged = FindingMerger.merge(List.of(first, sameFromAnotherShard));

    assertThat(merged).containsExactly(first);
    assertThat(merged.get(0).message()).doesNotContain("Also reported");
  }

  @Test
  void shouldKeepEachLineOfTheSameCodeRepeatedInOneFile() {
    Finding first = finding("security", "sqli", Severity.HIGH, "A.java", 10);
    Finding sameCodeFurtherDown = at(first, "A.java", 30);
    Finding sameCodeElsewhere = at(first, "B.java", 10);
    Finding firstAgainFromAnotherShard = at(first, "A.java", 10);

    List<Finding> merged =
        FindingMerger.merge(
            List.of(first, sameCodeFurtherDown, sameCodeElsewhere, firstAgainFromAnotherShard));

    assertThat(merged)
        .extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("A.java:10", "A.java:30", "B.java:10");
    assertThat(merged).extracting(Finding::fingerprint).containsOnly(first.fingerprint());
  }

  @Test
  void shouldMergeTheSameIssueFromTwoAgentsKeepingTheMostSevere() {
    Finding bug =
        finding(
            "bug",
            "unchecked-input",
            Severity.MEDIUM,
            Confidence.HIGH,
            "A.java",
            10,
            "CWE-20",
            "input");
    Finding security =
        finding(
            "security",
            "input-validation",
            Severity.HIGH,
            Confidence.LOW,
            "A.java",
            10,
            "CWE-20",
            "validation");

    List<Finding> merged = FindingMerger.merge(List.of(bug, security));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).agent()).isEqualTo("security");
    assertThat(merged.get(0).message())
        .isEqualTo("input-validation message. Also reported by bug.");
  }

  @Test
  void shouldPreferTheMoreConfidentFindingOnEqualSeverity() {
    Finding unsure =
        finding("security", "a", Severity.HIGH, Confidence.LOW, "A.java", 3, null, "injection");
    Finding sure =
        finding("bug", "b", Severity.HIGH, Confidence.HIGH, "A.java", 3, null, "injection");

    List<Finding> merged = FindingMerger.merge(List.of(unsure, sure));

    assertThat(merged).extracting(Finding::agent).containsExactly("bug");
  }

  @Test
  void shouldKeepDifferentRulesOfOneAgentOnTheSameLine() {
    Finding one = finding("bug", "r1", Severity.LOW, Confidence.HIGH, "A.java", 3, null, "bug");
    Finding two = finding("bug", "r2", Severity.LOW, Confidence.HIGH, "A.java", 3, null, "bug");

    assertThat(FindingMerger.merge(List.of(one, two))).hasSize(2);
  }

  @Test
  void shouldKeepFindingsOfDifferentKindOrPlace() {
    Finding sqli =
        finding(
            "security", "sqli", Severity.HIGH, Confidence.HIGH, "A.java", 3, "CWE-89", "injection");
    Finding otherLine =
        finding("bug", "x", Severity.HIGH, Confidence.HIGH, "A.java", 4, "CWE-89", "injection");
    Finding otherCwe =
        finding("bug", "y", Severity.HIGH, Confidence.HIGH, "A.java", 3, "CWE-79", "injection");

    assertThat(FindingMerger.merge(List.of(sqli, otherLine, otherCwe))).hasSize(3);
  }

  @Test
  void shouldRankBySeverityThenConfidenceThenPathAndLine() {
    Finding lowSure = finding("bug", "a", Severity.LOW, Confidence.HIGH, "A.java", 1, null, "a");
    Finding highUnsure = finding("bug", "b", Severity.HIGH, Confidence.LOW, "A.java", 1, null, "b");
    Finding highSureLate =
        finding("bug", "c", Severity.HIGH, Confidence.HIGH, "B.java", 1, null, "c");
    Finding highSureEarly =
        finding("bug", "d", Severity.HIGH, Confidence.HIGH, "A.java", 9, null, "d");
    Finding highSureFirst =
        finding("bug", "e", Severity.HIGH, Confidence.HIGH, "A.java", 2, null, "e");
    Finding critical =
        finding("security", "f", Severity.CRITICAL, Confidence.LOW, "Z.java", 1, null, "f");

    List<Finding> merged =
        FindingMerger.merge(
            List.of(lowSure, highUnsure, highSureLate, highSureEarly, highSureFirst, critical));

    assertThat(merged).extracting(Finding::ruleId).containsExactly("f", "e", "d", "c", "b", "a");
  }

  /** The same finding (same fingerprint) at another place, as a repeated line of code gives. */
  private static Finding at(Finding f, String path, int line) {
    return new Finding(
        f.fingerprint(),
        f.agent(),
        f.ruleId(),
        f.category(),
        f.cwe(),
        f.severity(),
        f.confidence(),
        f.title(),
        f.message(),
        f.recommendation(),
        Location.line(path, line),
        f.snippet(),
        f.origin());
  }
}

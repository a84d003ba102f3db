package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class EqualsHashCodeAnalyzerTests {

  private final EqualsHashCodeAnalyzer analyzer = new EqualsHashCodeAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/EqualsHashCode.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.equals-without-hashcode@15", "java.hashcode-without-equals@24");
  }

  @Test
  void shouldSpareEqualityEveryHashCodeAgreesWithAndNoteUnhashedPrivateClasses() {
    assertThat(FixtureRun.severities(analyzer, "java/EqualsHashCodeShapes.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.equals-without-hashcode@53:MEDIUM",
            "java.equals-without-hashcode@70:LOW",
            "java.equals-without-hashcode@96:MEDIUM");
  }
}

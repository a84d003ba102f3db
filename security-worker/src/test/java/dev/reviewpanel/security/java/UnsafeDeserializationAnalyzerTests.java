package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class UnsafeDeserializationAnalyzerTests {

  private final UnsafeDeserializationAnalyzer analyzer = new UnsafeDeserializationAnalyzer();
  private final Fixture fixture = Fixture.load("java/UnsafeDeserialization.java", Language.JAVA);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldKeepCriticalForRequestDataAndANoteForTheCallersStream() {
    assertThat(fixture.findings(analyzer))
        .filteredOn(f -> f.snippet().contains("in.readObject()"))
        .extracting(f -> f.location().startLine() + " " + f.severity())
        .containsExactlyInAnyOrder("18 CRITICAL", "50 LOW");
  }
}

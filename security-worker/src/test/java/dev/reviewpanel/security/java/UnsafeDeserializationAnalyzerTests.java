package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class UnsafeDeserializationAnalyzerTests {

  private final UnsafeDeserializationAnalyzer analyzer = new UnsafeDeserializationAnalyzer();
  private final Fixture fixture = Fixture.load("java/UnsafeDeserialization.java", Language.JAVA);

  @Test
  void shouldReportJacksonReadsOnlyOnMappersThatAcceptAnyType() {
    Fixture jackson = Fixture.load("java/JacksonDefaultTyping.java", Language.JAVA);
    assertThat(jackson.expected()).hasSize(3);

    assertThat(jackson.reported(analyzer)).containsExactlyInAnyOrderElementsOf(jackson.expected());
    // a fact about the mapper, not a traced flow from a request
    assertThat(jackson.findings(analyzer))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void shouldKeepCriticalForRequestDataAndANoteForTheCallersStream() {
    assertThat(fixture.findings(analyzer))
        .filteredOn(f -> f.snippet().contains("in.readObject()"))
        .extracting(f -> f.location().startLine() + " " + f.severity())
        .containsExactlyInAnyOrder("18 CRITICAL", "50 LOW");
  }

  @Test
  void shouldNoteTheProgramsOwnDatabaseAndKeepMediumForAStreamFromOutside() {
    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
    assertThat(fixture.findings(analyzer))
        .filteredOn(f -> f.location().startLine() > 60)
        .extracting(f -> f.snippet().trim() + " " + f.severity())
        .containsExactlyInAnyOrder(
            "return stored.readObject(); // expect: java.unsafe-deserialization LOW",
            "return stored.readObject(); // expect: java.unsafe-deserialization LOW",
            "return decoded.readObject(); // expect: java.unsafe-deserialization LOW",
            "return remote.readObject(); // expect: java.unsafe-deserialization MEDIUM");
  }
}

package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class SqlInjectionAnalyzerTests {

  private final SqlInjectionAnalyzer analyzer = new SqlInjectionAnalyzer();
  private final Fixture fixture = Fixture.load("java/SqlInjection.java", Language.JAVA);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldTraceTheRequestDataToTheQuery() {
    assertThat(fixture.findings(analyzer))
        .filteredOn(f -> f.location().startLine() == 34)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("request", " → ", "executeQuery()", "CWE-89");
              assertThat(f.cwe()).isEqualTo("CWE-89");
            });
  }
}

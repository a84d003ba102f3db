package dev.reviewpanel.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigSecretAnalyzerTests {

  private final ConfigSecretAnalyzer analyzer = new ConfigSecretAnalyzer();

  @Test
  void shouldReportExactlyTheHardCodedYamlSettingsAndNoPlaceholder() {
    Fixture fixture = Fixture.load("config/application.yml", Language.YAML);
    assertThat(fixture.expected()).hasSize(4);

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheSettingAndTheValueShapeAndMaskTheValue() {
    List<Finding> findings =
        Fixture.load("config/application.yml", Language.YAML).findings(analyzer);

    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 7)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo(
                      "Hard-coded credential: the setting 'spring.datasource.password' holds a"
                          + " 16-character high-entropy value (masked); anyone with the repository"
                          + " has the credential.");
              assertThat(f.snippet())
                  .isEqualTo("password: \"****\" # expect: yaml.hardcoded-secret");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
            });
    assertThat(findings)
        .allSatisfy(
            f ->
                assertThat(f.snippet())
                    .doesNotContain("Xq7!vR2m", "supersecretjwtkey", "c4tal0g", "b1ll1ng"));
  }

  @Test
  void shouldReadPropertiesFilesAndMaskTheirUnquotedValues() {
    List<Finding> findings =
        Fixture.load("config/application.properties", Language.PROPERTIES).findings(analyzer);

    assertThat(findings)
        .extracting(f -> f.ruleId() + "@" + f.location().startLine())
        .containsExactly(
            "properties.hardcoded-secret@4",
            "properties.hardcoded-secret@6",
            "properties.hardcoded-secret@13");
    assertThat(findings)
        .extracting(Finding::snippet)
        .containsExactly(
            "spring.datasource.password=****", "jwt.secret=****", "ldap.manager.password=****");
  }
}

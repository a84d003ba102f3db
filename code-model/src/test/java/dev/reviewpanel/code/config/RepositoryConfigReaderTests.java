package dev.reviewpanel.code.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.code.config.RepositoryConfig.Setting;
import dev.reviewpanel.events.Severity;
import org.junit.jupiter.api.Test;

class RepositoryConfigReaderTests {

  @Test
  void shouldReadEveryKey() {
    RepositoryConfig config =
        RepositoryConfigReader.read(
            """
            version: 1
            rules:
              java.weak-hash: off
              python.sql-injection: {severity: critical}
              js.eval: {enabled: true, severity: low}
            categories:
              n-plus-one: off
              crypto: {severity: medium}
            paths:
              include: [src/**]
              exclude: ["**/generated/**", legacy/]
            tests:
              patterns: ["**/it/**"]
            fail-on: medium
            llm:
              instructions:
                - paths: [src/payments/**]
                  text: Amounts are cents in a long; flag floating point money.
                - text: Prefer our Clock over Instant.now().
            """);

    assertThat(config.rules())
        .containsEntry("java.weak-hash", new Setting(false, null))
        .containsEntry("python.sql-injection", new Setting(null, Severity.CRITICAL))
        .containsEntry("js.eval", new Setting(true, Severity.LOW));
    assertThat(config.categories()).containsEntry("n-plus-one", new Setting(false, null));
    assertThat(config.settingFor("java.md5", "crypto"))
        .contains(new Setting(null, Severity.MEDIUM));
    assertThat(config.paths().exclusion("src/main/App.java")).isEmpty();
    assertThat(config.paths().exclusion("src/generated/Dto.java")).isPresent();
    assertThat(config.paths().exclusion("legacy/Old.java")).isPresent();
    assertThat(config.paths().exclusion("scripts/build.py"))
        .contains("not matched by paths.include of .review-panel.yml");
    assertThat(config.testPatterns())
        .singleElement()
        .satisfies(glob -> assertThat(glob.matches("src/it/java/OrdersIT.java")).isTrue());
    assertThat(config.failOn().failsOn(Severity.MEDIUM)).isTrue();
    assertThat(config.failOn().failsOn(Severity.LOW)).isFalse();
    assertThat(config.instructionsFor("src/payments/Charge.java")).hasSize(2);
    assertThat(config.instructionsFor("src/orders/Order.java"))
        .containsExactly("Prefer our Clock over Instant.now().");
    assertThat(config.digest()).hasSize(64);
  }

  @Test
  void shouldNameTheKeyAndLineOfEveryProblem() {
    assertThatThrownBy(
            () ->
                RepositoryConfigReader.read(
                    """
                    rules:
                      java.weak-hash: maybe
                      python.sql-injection: {severity: hgh}
                    pathz:
                      exclude: [x]
                    fail-on: 3
                    """))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(".review-panel.yml is invalid")
        .hasMessageContaining("line 2: rules.java.weak-hash")
        .hasMessageContaining("line 3: rules.python.sql-injection.severity")
        .hasMessageContaining("line 4: pathz is not a known key here")
        .hasMessageContaining("line 6: fail-on");
  }

  @Test
  void shouldRejectWhatIsNotYaml() {
    assertThatThrownBy(() -> RepositoryConfigReader.read("rules:\n  a.b: off\n   c: [\n"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("is not valid YAML")
        .hasMessageContaining("line ");
    assertThatThrownBy(() -> RepositoryConfigReader.read("rules:\n  a.b: off\n  a.b: on\n"))
        .hasMessageContaining("line 3: rules.a.b appears twice");
    assertThatThrownBy(() -> RepositoryConfigReader.read("- rules\n"))
        .isInstanceOf(InvalidConfigException.class);
  }

  @Test
  void shouldTreatNoTextAsNoConfiguration() {
    assertThat(RepositoryConfigReader.read(null)).isSameAs(RepositoryConfig.NONE);
    assertThat(RepositoryConfigReader.read("  \n")).isSameAs(RepositoryConfig.NONE);
    assertThat(RepositoryConfigReader.read("# nothing yet\n").rules()).isEmpty();
  }
}

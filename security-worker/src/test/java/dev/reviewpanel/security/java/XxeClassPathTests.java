package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A schema or document read from the class path is a file the program ships: an unhardened factory
 * reading only that is LOW, and says why; one reading what the caller hands it stays MEDIUM.
 */
class XxeClassPathTests {

  private final List<Finding> findings =
      Fixture.load("java/Xxe.java", Language.JAVA).findings(new XxeAnalyzer());

  @Test
  void shouldLowerAParserThatOnlyReadsAClassPathResource() {
    Finding bundled = at("factory.newSchema(source)");

    assertThat(bundled.severity()).isEqualTo(XxeAnalyzer.UNSEEN.severity());
    assertThat(bundled.message()).contains("class-path resource");
  }

  @Test
  void shouldKeepASchemaTheCallerHandsInAtMedium() {
    assertThat(at("factory.newSchema(location)").severity()).isEqualTo(XxeAnalyzer.RULE.severity());
  }

  private Finding at(String snippet) {
    return findings.stream().filter(f -> f.snippet().contains(snippet)).findFirst().orElseThrow();
  }
}

package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A DocumentBuilderFactory whose builders only make new documents parses nothing: LOW, and says
 * why; a builder that also parses stays MEDIUM.
 */
class XxeNewDocumentsTests {

  private final List<Finding> findings =
      Fixture.load("java/Xxe.java", Language.JAVA).findings(new XxeAnalyzer());

  @Test
  void shouldLowerAFactoryWhoseBuildersOnlyMakeNewDocuments() {
    Finding writer =
        findings.stream()
            .filter(f -> f.snippet().strip().startsWith("factory = DocumentBuilderFactory"))
            .findFirst()
            .orElseThrow();

    assertThat(writer.severity()).isEqualTo(XxeAnalyzer.UNSEEN.severity());
    assertThat(writer.message()).contains("only make new, empty documents");
  }

  @Test
  void shouldKeepABuilderThatAlsoParsesAtMedium() {
    Finding reader =
        findings.stream()
            .filter(f -> f.snippet().contains("builder.parse(in)"))
            .findFirst()
            .orElseThrow();

    assertThat(reader.severity()).isEqualTo(XxeAnalyzer.RULE.severity());
  }
}

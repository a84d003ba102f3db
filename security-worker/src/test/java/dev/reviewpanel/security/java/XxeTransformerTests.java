package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unhardened XSLT transformer factory is as exposed as the documents it transforms: MEDIUM for
 * one from outside the method, LOW for text the method generated or a factory handed out.
 */
class XxeTransformerTests {

  private final List<Finding> findings =
      Fixture.load("java/Xxe.java", Language.JAVA).findings(new XxeAnalyzer());

  @Test
  void shouldKeepATransformOfAnOutsideDocumentAtMedium() {
    assertThat(severityAt("identity.transform(source")).isEqualTo(Severity.MEDIUM);
    assertThat(severityNear("String listingOf(")).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerATransformOfGeneratedTextOrAFactoryHandedOut() {
    assertThat(severityNear("String listing(")).isEqualTo(Severity.LOW);
    assertThat(severityAt("return TransformerFactory.newInstance()")).isEqualTo(Severity.LOW);
  }

  private Severity severityAt(String snippet) {
    return findings.stream()
        .filter(f -> f.snippet().contains(snippet))
        .map(Finding::severity)
        .findFirst()
        .orElseThrow();
  }

  // the finding on the newTransformer line that follows the method declaration
  private Severity severityNear(String method) {
    return findings.stream()
        .filter(f -> f.snippet().contains("newTransformer(stylesheet)"))
        .filter(f -> f.location().startLine() == lineAfter(method))
        .map(Finding::severity)
        .findFirst()
        .orElseThrow();
  }

  private static int lineAfter(String method) {
    List<String> lines =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    XxeTransformerTests.class.getResourceAsStream("/fixtures/java/Xxe.java"),
                    java.nio.charset.StandardCharsets.UTF_8))
            .lines()
            .toList();
    int start = 0;
    while (!lines.get(start).contains(method)) {
      start++;
    }
    int line = start;
    while (!lines.get(line).contains("newTransformer(stylesheet)")) {
      line++;
    }
    return line + 1;
  }
}

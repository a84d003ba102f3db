package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class WeakCryptoAnalyzerTests {

  private final WeakCryptoAnalyzer analyzer = new WeakCryptoAnalyzer();
  private final Fixture fixture = Fixture.load("java/WeakCrypto.java", Language.JAVA);

  @Test
  void shouldSeparateWeakHashesFromWeakCiphers() {
    assertThat(fixture.findings(analyzer))
        .extracting(f -> f.ruleId() + " " + f.cwe())
        .containsOnly("java.weak-hash CWE-328", "java.weak-cipher CWE-327");
  }
}

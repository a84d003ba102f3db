package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cookie that holds a locale is a language preference: LOW; one holding a token stays MEDIUM. */
class InsecureCookieLocaleTests {

  private final List<Finding> findings =
      Fixture.load("java/InsecureCookie.java", Language.JAVA)
          .findings(new InsecureCookieAnalyzer());

  @Test
  void shouldLowerACookieHoldingALocale() {
    Finding locale = at("new Cookie(\"lang\"");

    assertThat(locale.severity()).isEqualTo(InsecureCookieAnalyzer.PREFERENCE.severity());
    assertThat(locale.message()).contains("its value is a locale");
  }

  @Test
  void shouldKeepACookieHoldingATokenAtMedium() {
    assertThat(at("new Cookie(\"remember\"").severity())
        .isEqualTo(InsecureCookieAnalyzer.RULE.severity());
  }

  private Finding at(String snippet) {
    return findings.stream().filter(f -> f.snippet().contains(snippet)).findFirst().orElseThrow();
  }
}

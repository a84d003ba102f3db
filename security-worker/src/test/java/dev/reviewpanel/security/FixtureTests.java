package dev.reviewpanel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.java.HardcodedSecretAnalyzer;
import dev.reviewpanel.security.java.InsecureCookieAnalyzer;
import dev.reviewpanel.security.java.InsecureRandomAnalyzer;
import dev.reviewpanel.security.java.JwtDecodeAnalyzer;
import dev.reviewpanel.security.java.UnsafeDeserializationAnalyzer;
import dev.reviewpanel.security.java.WeakCryptoAnalyzer;
import dev.reviewpanel.security.java.XxeAnalyzer;
import dev.reviewpanel.security.javascript.JsInsecureCookieAnalyzer;
import dev.reviewpanel.security.javascript.JsJwtAnalyzer;
import dev.reviewpanel.security.javascript.JsTlsVerificationAnalyzer;
import dev.reviewpanel.security.javascript.JsWeakCipherAnalyzer;
import dev.reviewpanel.security.python.PythonHardcodedSecretAnalyzer;
import dev.reviewpanel.security.python.PythonInsecureCookieAnalyzer;
import dev.reviewpanel.security.python.PythonJwtAnalyzer;
import dev.reviewpanel.security.python.PythonTlsVerificationAnalyzer;
import dev.reviewpanel.security.python.PythonWeakCipherAnalyzer;
import dev.reviewpanel.security.python.PythonWeakHashAnalyzer;
import dev.reviewpanel.security.python.PythonXxeAnalyzer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each structural analyzer against its fixture: a small real file with the vulnerable cases marked
 * {@code // expect: rule} beside safe look-alikes. The analyzer must report exactly the marked
 * lines, and, for the analyzers whose messages name it, each message names the CWE.
 */
class FixtureTests {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        row(XxeAnalyzer::new, "java/Xxe.java", Language.JAVA, true),
        row(HardcodedSecretAnalyzer::new, "java/HardcodedSecrets.java", Language.JAVA, false),
        row(JwtDecodeAnalyzer::new, "java/JwtDecode.java", Language.JAVA, true),
        row(InsecureRandomAnalyzer::new, "java/InsecureRandom.java", Language.JAVA, true),
        row(InsecureCookieAnalyzer::new, "java/InsecureCookie.java", Language.JAVA, true),
        row(
            UnsafeDeserializationAnalyzer::new,
            "java/UnsafeDeserialization.java",
            Language.JAVA,
            true),
        row(WeakCryptoAnalyzer::new, "java/WeakCrypto.java", Language.JAVA, true),
        row(
            PythonTlsVerificationAnalyzer::new,
            "python/tls_verification.py",
            Language.PYTHON,
            true),
        row(PythonInsecureCookieAnalyzer::new, "python/insecure_cookie.py", Language.PYTHON, true),
        row(PythonWeakCipherAnalyzer::new, "python/weak_cipher.py", Language.PYTHON, false),
        row(PythonXxeAnalyzer::new, "python/xxe.py", Language.PYTHON, false),
        row(PythonJwtAnalyzer::new, "python/jwt_none.py", Language.PYTHON, true),
        row(
            PythonHardcodedSecretAnalyzer::new,
            "python/hardcoded_secrets.py",
            Language.PYTHON,
            false),
        row(PythonWeakHashAnalyzer::new, "python/weak_hash.py", Language.PYTHON, false),
        row(PythonWeakHashAnalyzer::new, "python/weak_hash_provider.py", Language.PYTHON, false),
        row(JsWeakCipherAnalyzer::new, "javascript/weak_cipher.js", Language.JAVASCRIPT, false),
        row(JsJwtAnalyzer::new, "javascript/jwt_none.js", Language.JAVASCRIPT, true),
        row(
            JsInsecureCookieAnalyzer::new,
            "javascript/insecure_cookie.js",
            Language.JAVASCRIPT,
            true),
        row(
            JsTlsVerificationAnalyzer::new,
            "javascript/tls_verification.js",
            Language.JAVASCRIPT,
            true));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike(
      Supplier<Analyzer> analyzer, String resource, Language language, boolean namesCwe) {
    Fixture fixture = Fixture.load(resource, language);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer.get()))
        .containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void shouldNameTheCweInEveryMessageWhereTheMessageIsAboutTheWeakness(
      Supplier<Analyzer> analyzer, String resource, Language language, boolean namesCwe) {
    assumeTrue(namesCwe, "its messages do not name the CWE; the finding carries it");
    assertThat(Fixture.load(resource, language).findings(analyzer.get()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(f.cwe()));
  }

  private static Arguments row(
      Supplier<Analyzer> analyzer, String resource, Language language, boolean namesCwe) {
    return Arguments.of(analyzer, resource, language, namesCwe);
  }
}

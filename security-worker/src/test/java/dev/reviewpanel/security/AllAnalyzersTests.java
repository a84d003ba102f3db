package dev.reviewpanel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.security.java.HardcodedSecretAnalyzer;
import dev.reviewpanel.security.java.InsecureCookieAnalyzer;
import dev.reviewpanel.security.java.InsecureRandomAnalyzer;
import dev.reviewpanel.security.java.JwtDecodeAnalyzer;
import dev.reviewpanel.security.java.UnsafeDeserializationAnalyzer;
import dev.reviewpanel.security.java.WeakCryptoAnalyzer;
import dev.reviewpanel.security.java.XxeAnalyzer;
import dev.reviewpanel.security.javascript.JsHardcodedSecretAnalyzer;
import dev.reviewpanel.security.javascript.JsInsecureCookieAnalyzer;
import dev.reviewpanel.security.javascript.JsJwtAnalyzer;
import dev.reviewpanel.security.javascript.JsTlsVerificationAnalyzer;
import dev.reviewpanel.security.javascript.JsWeakCipherAnalyzer;
import dev.reviewpanel.security.javascript.JsWeakHashAnalyzer;
import dev.reviewpanel.security.javascript.JsXxeAnalyzer;
import dev.reviewpanel.security.python.PythonHardcodedSecretAnalyzer;
import dev.reviewpanel.security.python.PythonInsecureCookieAnalyzer;
import dev.reviewpanel.security.python.PythonJwtAnalyzer;
import dev.reviewpanel.security.python.PythonTlsVerificationAnalyzer;
import dev.reviewpanel.security.python.PythonWeakCipherAnalyzer;
import dev.reviewpanel.security.python.PythonWeakHashAnalyzer;
import dev.reviewpanel.security.python.PythonXxeAnalyzer;
import dev.reviewpanel.security.secrets.ConfigSecretAnalyzer;
import dev.reviewpanel.security.taint.TaintAnalyzer;
import dev.reviewpanel.security.templates.AutoescapeSwitchAnalyzer;
import dev.reviewpanel.security.templates.TemplateOutputAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every analyzer together: quiet on everyday safe code, and robust on odd input. */
class AllAnalyzersTests {

  private static final List<Analyzer> ANALYZERS =
      List.of(
          new WeakCryptoAnalyzer(),
          new InsecureRandomAnalyzer(),
          new HardcodedSecretAnalyzer(),
          new UnsafeDeserializationAnalyzer(),
          new XxeAnalyzer(),
          new InsecureCookieAnalyzer(),
          new JwtDecodeAnalyzer(),
          new TaintAnalyzer(),
          new PythonWeakHashAnalyzer(),
          new PythonHardcodedSecretAnalyzer(),
          new PythonTlsVerificationAnalyzer(),
          new PythonJwtAnalyzer(),
          new PythonInsecureCookieAnalyzer(),
          new JsWeakHashAnalyzer(),
          new JsHardcodedSecretAnalyzer(),
          new JsTlsVerificationAnalyzer(),
          new JsJwtAnalyzer(),
          new JsInsecureCookieAnalyzer(),
          new PythonXxeAnalyzer(),
          new PythonWeakCipherAnalyzer(),
          new JsXxeAnalyzer(),
          new JsWeakCipherAnalyzer(),
          new ConfigSecretAnalyzer(),
          new TemplateOutputAnalyzer(),
          new AutoescapeSwitchAnalyzer());

  static Stream<Arguments> safeFiles() {
    return Stream.of(
        Arguments.of("java/SafeAccountController.java", Language.JAVA),
        Arguments.of("python/safe_service.py", Language.PYTHON),
        Arguments.of("javascript/safe_service.js", Language.JAVASCRIPT),
        Arguments.of("typescript/safe_service.ts", Language.TYPESCRIPT));
  }

  @ParameterizedTest
  @MethodSource("safeFiles")
  void shouldStayQuietOnEverydaySafeCode(String resource, Language language) {
    Fixture fixture = Fixture.load(resource, language);

    for (Analyzer analyzer : applicable(language)) {
      assertThat(fixture.reported(analyzer)).as(analyzer.name()).isEmpty();
    }
  }

  @Test
  void shouldCoverEveryLanguageWithAtLeastThreeAnalyzers() {
    for (Language language : Language.values()) {
      // configuration files are read for hard-coded credentials only, templates for output
      assertThat(applicable(language))
          .as(language.id())
          .hasSizeGreaterThanOrEqualTo(language.hasSyntaxTree() ? 3 : 1);
    }
  }

  @ParameterizedTest
  @MethodSource("oddInput")
  void shouldNeitherThrowNorReportOnBrokenOrEmptyFiles(Language language, String content) {
    ParsedFile file = ParsedFile.of("odd", language, content);
    Findings findings = new Findings("security", file);

    for (Analyzer analyzer : applicable(language)) {
      assertThatCode(() -> analyzer.analyze(file, findings))
          .as(analyzer.name())
          .doesNotThrowAnyException();
    }
    assertThat(findings.toList()).isEmpty();
  }

  static Stream<Arguments> oddInput() {
    return Stream.of(
        Arguments.of(Language.JAVA, ""),
        Arguments.of(Language.JAVA, "class A { void m( { exec(\"x\" + "),
        Arguments.of(Language.PYTHON, ""),
        Arguments.of(Language.PYTHON, "def f(:\n  eval(\n"),
        Arguments.of(Language.JAVASCRIPT, "function (( { eval("),
        Arguments.of(Language.TYPESCRIPT, "let x: = ;; el.innerHTML ="),
        Arguments.of(Language.YAML, "a:\n  - b: [\n password:\n   |\n  secret: &x\n"),
        Arguments.of(Language.PROPERTIES, "=\n:\npassword\n\\\npassword=${X}\n"),
        Arguments.of(Language.EJS, "<%- unclosed \n<%# also unclosed"),
        Arguments.of(Language.HTML, "{% autoescape off %}{{ x|safe"),
        Arguments.of(Language.PUG, "mixin m(\n  != \n+m("),
        Arguments.of(Language.JSP, "<%= <%-- ${ "),
        Arguments.of(Language.XML, "<mapper>${"),
        Arguments.of(
            Language.JAVA, "class A { String s = \"a\" + " + "\"b\" + ".repeat(3000) + "\"c\"; }"));
  }

  private static List<Analyzer> applicable(Language language) {
    return ANALYZERS.stream().filter(a -> a.languages().contains(language)).toList();
  }
}

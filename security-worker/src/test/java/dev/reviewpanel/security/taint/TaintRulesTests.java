package dev.reviewpanel.security.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every taint fixture: each rule it is about reports exactly its {@code expect:} lines, and none of
 * the safe look-alikes beside them.
 */
class TaintRulesTests {

  private static final TaintAnalyzer ANALYZER = new TaintAnalyzer();

  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture("java/SqlInjection.java", "java.sql-injection"),
        fixture("java/CommandInjection.java", "java.command-injection"),
        fixture("java/CodeInjection.java", "java.code-injection"),
        fixture("java/Xss.java", "java.xss"),
        fixture("java/FieldMaps.java", "java.xss"),
        fixture("java/PathTraversal.java", "java.path-traversal"),
        fixture("java/ReturnedElements.java", "java.path-traversal"),
        fixture(
            "java/WebResources.java", "java.path-traversal", "java.command-injection", "java.xss"),
        fixture("java/Ssrf.java", "java.ssrf"),
        fixture("java/OpenRedirect.java", "java.open-redirect"),
        fixture("java/QueryInjection.java", "java.ldap-injection", "java.xpath-injection"),
        fixture("java/Reflection.java", "java.reflection"),
        fixture("java/TrustBoundary.java", "java.trust-boundary"),
        fixture("java/TaintDepth.java", "java.command-injection"),
        fixture("java/InterproceduralTaint.java", "java.command-injection"),
        fixture(
            "java/InjectionsMore.java",
            "java.log-injection",
            "java.regex-injection",
            "java.open-redirect",
            "java.unsafe-deserialization",
            "java.template-injection",
            "java.path-traversal"),
        fixture("python/sql_injection.py", "python.sql-injection"),
        fixture("python/command_injection.py", "python.command-injection"),
        fixture("python/code_injection.py", "python.code-injection"),
        fixture("python/xss.py", "python.xss"),
        fixture("python/path_traversal.py", "python.path-traversal"),
        fixture("python/ssrf.py", "python.ssrf"),
        fixture("python/open_redirect.py", "python.open-redirect"),
        fixture("python/deserialization.py", "python.unsafe-deserialization"),
        fixture("python/insecure_random.py", "python.insecure-random"),
        fixture("python/trust_boundary.py", "python.trust-boundary"),
        fixture("python/log_injection.py", "python.log-injection"),
        fixture("python/django_tags.py", "python.xss"),
        fixture("python/dict_fields.py", "python.xss"),
        fixture("python/returned_tuples.py", "python.reflection"),
        fixture("python/flow_pruning.py", "python.sql-injection", "python.command-injection"),
        fixture("python/falcon.py", "python.xss", "python.open-redirect"),
        fixture(
            "python/request_objects.py",
            "python.path-traversal",
            "python.reflection",
            "python.ssrf",
            "python.sql-injection",
            "python.trust-boundary"),
        fixture("python/django_views.py", "python.path-traversal", "python.trust-boundary"),
        fixture("python/flask_request_global.py", "python.path-traversal", "python.ssrf"),
        fixture("python/dispatch_prefix.py", "python.reflection", "python.command-injection"),
        fixture(
            "python/injections_more.py",
            "python.template-injection",
            "python.ldap-injection",
            "python.xpath-injection",
            "python.log-injection",
            "python.regex-injection",
            "python.unsafe-deserialization",
            "python.reflection",
            "python.insecure-random"),
        fixture(
            "javascript/injections_more.js",
            "javascript.nosql-injection",
            "javascript.template-injection",
            "javascript.code-injection",
            "javascript.unsafe-deserialization",
            "javascript.regex-injection",
            "javascript.log-injection",
            "javascript.open-redirect"),
        fixture("javascript/sql_injection.js", "javascript.sql-injection"),
        fixture("javascript/command_injection.js", "javascript.command-injection"),
        fixture("javascript/code_injection.js", "javascript.code-injection"),
        fixture("javascript/xss.js", "javascript.xss"),
        fixture("javascript/react_html.js", "javascript.xss"),
        fixture("javascript/object_fields.js", "javascript.xss"),
        fixture("javascript/path_traversal.js", "javascript.path-traversal"),
        fixture("javascript/ssrf.js", "javascript.ssrf"),
        fixture("javascript/open_redirect.js", "javascript.open-redirect"),
        fixture("javascript/insecure_random.js", "javascript.insecure-random"),
        fixture("javascript/trust_boundary.js", "javascript.trust-boundary"),
        fixture("typescript/sql_injection.ts", "javascript.sql-injection"),
        fixture("typescript/command_injection.ts", "javascript.command-injection"),
        fixture("typescript/code_injection.ts", "javascript.code-injection"),
        fixture("typescript/xss.ts", "javascript.xss"),
        fixture("typescript/app/search/route.ts", "javascript.xss"),
        fixture("typescript/app/login/route.ts", "javascript.open-redirect"),
        fixture("typescript/app/callback/route.ts", "javascript.open-redirect"),
        fixture("typescript/koa_body.ts", "javascript.xss"),
        fixture("typescript/ssrf.ts", "javascript.ssrf"),
        fixture(
            "typescript/flow_pruning.ts",
            "javascript.sql-injection",
            "javascript.command-injection"));
  }

  private static Arguments fixture(String resource, String... rules) {
    return Arguments.of(resource, List.of(rules));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void shouldReportExactlyTheMarkedLinesOfEachRule(String resource, List<String> rules) {
    Fixture fixture = Fixture.load(resource, Language.fromPath(resource).orElseThrow());
    List<String> expected =
        fixture.expected().stream()
            .filter(e -> rules.contains(e.substring(0, e.indexOf('@'))))
            .toList();
    List<String> reported =
        fixture.reported(ANALYZER).stream()
            .filter(r -> rules.contains(r.substring(0, r.indexOf('@'))))
            .toList();

    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void shouldReadAMapInAFieldUnderTheKeyTheDataWentInWith() {
    List<Finding> findings =
        Fixture.load("java/FieldMaps.java", Language.JAVA).findings(ANALYZER).stream()
            .filter(f -> f.ruleId().equals("java.xss"))
            .toList();

    assertThat(findings)
        .filteredOn(f -> f.snippet().contains("RequestContext.LOCALE"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.HIGH);
    assertThat(findings)
        .filteredOn(f -> f.snippet().contains("getParameter(\"key\")"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(f.message())
                  .contains("went through a map held in a field under \"request.locale\"");
            });
    assertThat(findings)
        .filteredOn(f -> f.snippet().contains("write(page)"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.HIGH);
  }

  @Test
  void shouldKeepAPropertyASpreadMayReplaceAtMedium() {
    Fixture fixture = Fixture.load("javascript/object_fields.js", Language.JAVASCRIPT);
    List<Finding> findings = fixture.findings(ANALYZER);

    assertThat(findings)
        .filteredOn(f -> f.snippet().contains("props.theme.color"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message()).contains("spread over the properties set before it");
            });
    assertThat(findings)
        .filteredOn(f -> f.snippet().contains("card.body"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.HIGH);
  }
}

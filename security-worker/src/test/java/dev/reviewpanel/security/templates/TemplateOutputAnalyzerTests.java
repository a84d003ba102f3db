package dev.reviewpanel.security.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateOutputAnalyzerTests {

  private final TemplateOutputAnalyzer analyzer = new TemplateOutputAnalyzer();

  @ParameterizedTest
  @CsvSource({
    "templates/profile.ejs, ejs, 3",
    "templates/listing.hbs, handlebars, 2",
    "templates/article.html, html, 4",
    "templates/product.html, html, 3",
    "templates/order.jsp, jsp, 4",
    "templates/OrderMapper.xml, xml, 2"
  })
  void shouldReportTheUnescapedWritesAndNotTheSafeLookAlikes(
      String resource, String language, int expected) {
    Fixture fixture = Fixture.load(resource, Language.fromId(language).orElseThrow());
    assertThat(fixture.expected()).hasSize(expected);

    assertThat(fixture.reported(analyzer)).containsExactlyElementsOf(fixture.expected());
  }

  @Test
  void shouldReportPugRawWritesAndTheMixinCallThatPassesAValueToARawParameter() {
    // Pug has no comment after a tag: the expected lines are named here
    Fixture fixture = Fixture.load("templates/guest.pug", Language.PUG);

    assertThat(fixture.reported(analyzer))
        .containsExactly("pug.xss@11", "pug.xss@13", "pug.xss@16");
  }

  @Test
  void shouldRaiseRequestDataTheTemplateReadsItselfToHigh() {
    List<Finding> findings = Fixture.load("templates/order.jsp", Language.JSP).findings(analyzer);

    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
              assertThat(f.message()).contains("request data");
            });
    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 9)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "JSP writes 'param.reference' into the page without HTML escaping"));
  }

  @Test
  void shouldReportAValueOfUnknownOriginAtMediumWithLowConfidence() {
    List<Finding> findings = Fixture.load("templates/profile.ejs", Language.EJS).findings(analyzer);

    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 5)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(f.message()).contains("'user.bio'", "does not show where");
            });
    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 6)
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void shouldLeaveTextTemplatesWrappedWholeInAutoescapeOffAlone() {
    Fixture fixture = Fixture.load("templates/password_reset.txt.html", Language.HTML);

    assertThat(fixture.reported(analyzer)).isEmpty();
  }

  @Test
  void shouldReadOnlyMyBatisMappersAmongXmlFiles() {
    assertThat(Fixture.load("templates/beans.xml", Language.XML).reported(analyzer)).isEmpty();
    assertThat(
            Fixture.load("templates/OrderMapper.xml", Language.XML)
                .findings(analyzer)
                .get(0)
                .message())
        .startsWith("MyBatis mapper: ${sortColumn} is pasted into the SQL text as is");
  }

  @Test
  void shouldNameTheEngineAndKeyOfAMistakeInTheEngineData() {
    String yaml =
        """
        engines:
          - id: broken
            name: Broken
            languages: [html]
            outputs:
              - {pattern: '{{(?<expr>', explicit: true}
            rule: {id: broken.xss, category: xss, cwe: CWE-79, title: t}
        """;

    assertThatThrownBy(() -> TemplateEngines.parse(yaml))
        .hasMessageContaining("engine broken output pattern is not a regular expression");
    assertThatThrownBy(() -> TemplateEngines.parse(yaml.replace("[html]", "[cobol]")))
        .hasMessageContaining("engine broken unknown language cobol");
  }
}

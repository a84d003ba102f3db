package dev.reviewpanel.code.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTests {

  private static final String RULE =
      "rules:\n  - {name: sql-injection, sink: sql, severity: HIGH, title: SQL, recommendation: Bind.}\n";

  @Test
  void shouldReadTheCatalogFromTheClassPathWithItsRulesPerLanguage() {
    Catalog catalog = Catalog.fromClasspath("catalog-test");

    assertThat(catalog.rules())
        .extracting(r -> r.id(Language.PYTHON))
        .containsExactly(
            "python.sql-injection",
            "python.xss",
            "python.command-injection",
            "python.path-traversal");
    LanguageCatalog python = catalog.forLanguage(Language.PYTHON);
    assertThat(python.callSinks().match(List.of("cursor.execute"))).hasSize(1);
    assertThat(python.callSinks().match(List.of("cursor.executemany"))).isEmpty();
    assertThat(python.rulesFor("sql")).hasSize(1);
    assertThat(catalog.forLanguage(Language.TYPESCRIPT).rules()).hasSize(4);
    assertThat(catalog.forLanguage(Language.JAVA).rules()).isEmpty();
  }

  @Test
  void shouldNameFileAndLineOfAnUnknownKey() {
    String yaml = "catalog: 1\nsinks:\n  - kind: sql\n    calls: \"*.execute\"\n";

    assertThatThrownBy(() -> Catalog.of(Map.of("catalog/broken.yml", yaml)))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("catalog/broken.yml:4: unknown key 'calls' in a sink");
  }

  @Test
  void shouldNameTheRuleWhoseSinkKindNoSinkDeclares() {
    String yaml = "catalog: 1\nlanguages: [python]\n" + RULE;

    assertThatThrownBy(() -> Catalog.of(Map.of("catalog/rules.yml", yaml)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("catalog/rules.yml:4: rule 'sql-injection' names sink kind 'sql'");
  }

  @Test
  void shouldRejectBadValuesWithTheirLine() {
    assertThatThrownBy(() -> Catalog.of(Map.of("a.yml", "catalog: 2\n")))
        .hasMessage("a.yml:1: catalog version 2 is not supported (this build reads 1)");
    assertThatThrownBy(
            () ->
                Catalog.of(
                    Map.of("b.yml", "catalog: 1\nsinks:\n  - {kind: sql, call: \"a.{b\"}\n")))
        .hasMessageStartingWith("b.yml:3: 'call' of a sink: unclosed '{'");
    assertThatThrownBy(
            () ->
                Catalog.of(
                    Map.of(
                        "c.yml",
                        "catalog: 1\nsinks:\n  - {kind: sql, call: x}\nrules:\n"
                            + "  - {name: s, sink: sql, severity: SEVERE, title: t, recommendation: r}\n")))
        .hasMessageStartingWith("c.yml:5: severity 'SEVERE' is not one of");
    assertThatThrownBy(() -> Catalog.of(Map.of("d.yml", "catalog: 1\nsources: [\n")))
        .hasMessageStartingWith("d.yml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(
            () -> Catalog.of(Map.of("e.yml", "catalog: 1\nsources:\n  - {kind: cloud, call: x}\n")))
        .hasMessageStartingWith("e.yml:3: source kind 'cloud' is not one of");
  }

  @Test
  void shouldReadTheFrameworkOfASourceFromItsFileOrItself() {
    String yaml =
        "catalog: 1\nlanguages: [python]\nwhen-imported: [flask, werkzeug]\nsources:\n"
            + "  - {access: request.args, module-global: true}\n"
            + "  - {access: req.params, when-imported: \"@web/kit\"}\n";

    List<Specs.Source> sources = Catalog.of(Map.of("web.yml", yaml)).sources();

    assertThat(sources.get(0).whenImported()).containsExactly("flask", "werkzeug");
    assertThat(sources.get(0).moduleGlobal()).isTrue();
    assertThat(sources.get(0).appliesWith(List.of("os", "flask.json"))).isTrue();
    assertThat(sources.get(0).appliesWith(List.of("flasklike", "scrapy.http"))).isFalse();
    assertThat(sources.get(1).appliesWith(List.of("@web/kit/router"))).isTrue();
  }

  @Test
  void shouldRejectBadFrameworkKeysWithTheirLine() {
    assertThatThrownBy(
            () -> Catalog.of(Map.of("f.yml", "catalog: 1\nwhen-imported: [\"flask request\"]\n")))
        .hasMessageStartingWith("f.yml:2: 'when-imported' of a catalog file: 'flask request'");
    assertThatThrownBy(
            () ->
                Catalog.of(
                    Map.of(
                        "g.yml",
                        "catalog: 1\nsources:\n  - {access: request.args, when-imported: []}\n")))
        .hasMessageStartingWith("g.yml:3: 'when-imported' of a source names no module");
    assertThatThrownBy(
            () ->
                Catalog.of(
                    Map.of(
                        "h.yml",
                        "catalog: 1\nsources:\n  - parameters: {decorator: route}\n"
                            + "    module-global: true\n")))
        .hasMessageStartingWith("h.yml:4: 'module-global' is for access and call sources");
    assertThatThrownBy(
            () ->
                Catalog.of(
                    Map.of(
                        "i.yml",
                        "catalog: 1\nsinks:\n  - {kind: sql, call: x}\nrules:\n"
                            + "  - {name: s, sink: sql, severity: HIGH, title: t, recommendation: r,"
                            + " clean-after-prefix: \"(\"}\n")))
        .hasMessageStartingWith("i.yml:5: not a valid regular expression");
  }

  @Test
  void shouldMatchDottedNamesWithWildcardsAndAlternatives() {
    NamePattern pattern = NamePattern.of("*.execute|subprocess.{run,call}|$queryRaw*");

    assertThat(pattern.matches("cur.execute")).isTrue();
    assertThat(pattern.matches("self.db.cursor().execute")).isTrue();
    assertThat(pattern.matches("execute")).isFalse();
    assertThat(pattern.matches("subprocess.call")).isTrue();
    assertThat(pattern.matches("subprocess.Popen")).isFalse();
    assertThat(pattern.matches("$queryRawUnsafe")).isTrue();
    assertThat(pattern.lastSegments()).isNull();
    assertThat(NamePattern.of("{location,window.location}.href").lastSegments())
        .containsExactly("href");
  }
}

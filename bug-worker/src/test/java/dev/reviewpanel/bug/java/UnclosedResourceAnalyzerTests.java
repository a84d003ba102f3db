package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class UnclosedResourceAnalyzerTests {

  private final UnclosedResourceAnalyzer analyzer = new UnclosedResourceAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/UnclosedResource.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.unclosed-resource@25",
            "java.unclosed-resource@27",
            "java.unclosed-resource@29",
            "java.unclosed-resource@30",
            "java.unclosed-resource@69",
            "java.unclosed-resource@70",
            "java.unclosed-resource@71",
            "java.unclosed-resource@84",
            "java.unclosed-resource@91",
            "java.unclosed-resource@128",
            "java.unclosed-resource@154",
            "java.unclosed-resource@159",
            "java.unclosed-resource@164",
            "java.unclosed-resource@177",
            "java.unclosed-resource@182",
            "java.unclosed-resource@187",
            "java.unclosed-resource@223");
  }
}

package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnboundedStaticCacheAnalyzerTests {

  private final UnboundedStaticCacheAnalyzer analyzer = new UnboundedStaticCacheAnalyzer();

  @Test
  void shouldFlagStaticCollectionsThatOnlyGrowButNotBoundedEvictedOrLoadTimeOnes() {
    assertThat(found(analyzer, "java/StaticCache.java", Language.JAVA))
        .containsExactly(
            "java.unbounded-static-cache@14",
            "java.unbounded-static-cache@15",
            "java.unbounded-static-cache@69",
            "java.unbounded-static-cache@94",
            "java.unbounded-static-cache@126",
            "java.unbounded-static-cache@142",
            "java.unbounded-static-cache@155",
            "java.unbounded-static-cache@163",
            "java.unbounded-static-cache@171",
            "java.unbounded-static-cache@198",
            "java.unbounded-static-cache@251",
            "java.unbounded-static-cache@266",
            "java.unbounded-static-cache@280",
            "java.unbounded-static-cache@281",
            "java.unbounded-static-cache@299",
            "java.unbounded-static-cache@300",
            "java.unbounded-static-cache@333");
  }

  @Test
  void shouldLowerMapsKeyedOnlyByLocalesZonesAndClassesWithFlagsAndNumbers() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/StaticCache.java", Language.JAVA);

    assertThat(byLine.get(142).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(142).message()).contains("keyed by (TimeZone, boolean, int, Locale)");
    assertThat(byLine.get(155).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(163).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(171).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(14).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(198).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(299).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(299).message()).contains("keyed by (Class)");
    assertThat(byLine.get(300).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerARegistryOnlyARegistrationMethodFillsButNotOneThatReadsOrThatRequestsReach() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/StaticCache.java", Language.JAVA);

    assertThat(byLine.get(266).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(266).message()).contains("only register() adds to it");
    assertThat(byLine.get(280).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(281).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(251).severity()).isEqualTo(Severity.MEDIUM);
  }
}

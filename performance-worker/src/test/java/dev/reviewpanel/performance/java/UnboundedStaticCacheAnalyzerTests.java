package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
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
            "java.unbounded-static-cache@126");
  }
}

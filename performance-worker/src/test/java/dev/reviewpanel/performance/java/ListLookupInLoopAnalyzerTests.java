package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ListLookupInLoopAnalyzerTests {

  private final ListLookupInLoopAnalyzer analyzer = new ListLookupInLoopAnalyzer();

  @Test
  void shouldFlagListScansInLoopsButNotSetsIndexRemovalOrTinyConstantLists() {
    assertThat(found(analyzer, "java/ListLookup.java", Language.JAVA))
        .containsExactly(
            "java.list-lookup-in-loop@18",
            "java.list-lookup-in-loop@21",
            "java.list-lookup-in-loop@22");
  }
}

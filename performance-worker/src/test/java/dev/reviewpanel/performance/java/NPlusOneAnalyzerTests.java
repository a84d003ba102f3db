package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class NPlusOneAnalyzerTests {

  private final NPlusOneAnalyzer analyzer = new NPlusOneAnalyzer();

  @Test
  void shouldFlagEachDatabaseAndHttpCallInsideLoopsAndNothingElse() {
    assertThat(found(analyzer, "java/NPlusOne.java", Language.JAVA))
        .containsExactly(
            "java.n-plus-one@34",
            "java.n-plus-one@47",
            "java.n-plus-one@64",
            "java.n-plus-one@65",
            "java.n-plus-one@68",
            "java.n-plus-one@74",
            "java.n-plus-one@78",
            "java.n-plus-one@85",
            "java.n-plus-one@156",
            "java.n-plus-one@163",
            "java.n-plus-one@169",
            "java.n-plus-one@175",
            "java.n-plus-one@200");
  }

  @Test
  void shouldReportALoopOnceNamingItsOtherCalls() {
    assertThat(analyze(analyzer, "java/NPlusOne.java", Language.JAVA).toList())
        .filteredOn(f -> f.location().startLine() == 47)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "JDBC call prepareStatement() runs once per iteration of the loop at line"
                            + " 45; so do executeQuery() at line 49"));
  }

  @Test
  void shouldTakeARepositoryClassOfTheFileWithoutRemoteCallsForTheMemoryItWorksIn() {
    assertThat(found(analyzer, "java/NPlusOneInMemory.java", Language.JAVA))
        .containsExactly("java.n-plus-one@23", "java.n-plus-one@30");
  }
}

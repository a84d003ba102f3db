package dev.reviewpanel.bug.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.ReviewScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingAwaitAnalyzerTests {

  private final MissingAwaitAnalyzer analyzer = new MissingAwaitAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInJavaScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/missing-await.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.floating-promise@16",
            "javascript.missing-await@21",
            "javascript.missing-await@23",
            "javascript.floating-promise@24",
            "javascript.floating-promise@26",
            "javascript.missing-await@27",
            "javascript.floating-promise@64",
            "javascript.floating-promise@81",
            "javascript.floating-promise@96",
            "javascript.floating-promise@97",
            "javascript.floating-promise@119",
            "javascript.floating-promise@120",
            "javascript.floating-promise@121");
  }

  @Test
  void shouldRateFloatingPromisesByWhatDependsOnThem() {
    assertThat(FixtureRun.severities(analyzer, "javascript/missing-await.js", Language.JAVASCRIPT))
        .contains(
            "javascript.floating-promise@24:MEDIUM",
            "javascript.floating-promise@26:MEDIUM",
            "javascript.missing-await@23:MEDIUM",
            "javascript.floating-promise@16:LOW",
            "javascript.floating-promise@64:LOW",
            "javascript.floating-promise@81:LOW",
            "javascript.floating-promise@96:LOW",
            "javascript.floating-promise@97:LOW",
            "javascript.floating-promise@119:LOW",
            "javascript.floating-promise@120:MEDIUM",
            "javascript.floating-promise@121:LOW");
  }

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInTypeScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/missing-await.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder("javascript.missing-await@11", "javascript.floating-promise@12");
  }

  @Test
  void shouldKnowPromiseApisImportedFromFsUnderAnyName() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/fs-promises.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.floating-promise@6", "javascript.floating-promise@10");
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/fs-promises.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.floating-promise@6", "javascript.floating-promise@10");
  }

  @Test
  void shouldKnowAsyncFunctionsImportedFromOtherFilesOfTheReview() {
    ParsedFile checkout =
        FixtureRun.parse("typescript/imported/services/checkout.ts", Language.TYPESCRIPT);
    ParsedFile payments =
        FixtureRun.parse("typescript/imported/repositories/payments.ts", Language.TYPESCRIPT);
    ReviewScope scope = ReviewScope.ofParsed(List.of(checkout, payments));
    checkout.scope(scope);
    payments.scope(scope);
    Findings findings = new Findings("bug", checkout);

    analyzer.analyze(checkout, findings);

    assertThat(findings.toList())
        .extracting(f -> f.ruleId() + "@" + f.location().startLine())
        .containsExactlyInAnyOrder(
            "javascript.floating-promise@6",
            "javascript.floating-promise@12",
            "javascript.missing-await@18");
  }

  @Test
  void shouldNotGuessAboutImportedFilesOutsideTheReview() {
    assertThat(
            FixtureRun.ruleLines(
                analyzer, "typescript/imported/services/checkout.ts", Language.TYPESCRIPT))
        .isEmpty();
  }

  @Test
  void shouldPointAtTheUseOfThePendingPromise() {
    assertThat(FixtureRun.findings(analyzer, "javascript/missing-await.js", Language.JAVASCRIPT))
        .filteredOn(f -> f.location().startLine() == 21)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "'fetch(`/users/${id}`)' is not awaited: 'response' holds a pending"
                            + " promise but line 22 reads 'response.json' from it."));
  }
}

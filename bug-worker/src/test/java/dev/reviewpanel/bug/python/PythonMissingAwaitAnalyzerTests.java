package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.ReviewScope;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PythonMissingAwaitAnalyzerTests {

  private static final String ROOT = "python/missing_await/shop/";

  private final PythonMissingAwaitAnalyzer analyzer = new PythonMissingAwaitAnalyzer();

  @Test
  void shouldReportCoroutinesCalledWithoutAwaitAcrossFilesAndNoAwaitedOrPlainCall() {
    ParsedFile router = FixtureRun.parse(ROOT + "routers/stock.py", Language.PYTHON);
    ParsedFile alerts = FixtureRun.parse(ROOT + "services/alerts.py", Language.PYTHON);
    ReviewScope scope = ReviewScope.ofParsed(List.of(router, alerts));
    router.scope(scope);
    alerts.scope(scope);

    Findings findings = new Findings("bug", router);
    analyzer.analyze(router, findings);

    assertThat(findings.toList())
        .extracting(f -> f.ruleId() + "@" + f.location().startLine())
        .containsExactlyInAnyOrderElementsOf(expected(router));
  }

  @Test
  void shouldStayQuietWhenTheCalledFileIsNotPartOfTheReview() {
    ParsedFile router = FixtureRun.parse(ROOT + "routers/stock.py", Language.PYTHON);

    Findings findings = new Findings("bug", router);
    analyzer.analyze(router, findings);

    assertThat(findings.toList())
        .extracting(f -> f.location().startLine())
        .containsExactlyInAnyOrder(24, 27);
  }

  private static List<String> expected(ParsedFile file) {
    Pattern expect = Pattern.compile("# expect: (\\S+)");
    return java.util.stream.IntStream.rangeClosed(1, file.lineCount())
        .mapToObj(
            line -> {
              Matcher m = expect.matcher(file.line(line));
              return m.find() ? m.group(1) + "@" + line : null;
            })
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}

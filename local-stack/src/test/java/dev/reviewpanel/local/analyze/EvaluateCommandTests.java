package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateCommandTests {

  private static final LabeledCase POSITIVE =
      LabeledCase.of(
          "java/sql-injection/Bad.java",
          "java",
          "sql-injection",
          "class Bad {\n  void run() {\n    query(x); // expect: sql-injection\n  }\n}\n");
  private static final LabeledCase NEGATIVE =
      LabeledCase.of("java/sql-injection/Good.java", "java", "sql-injection", "class Good {}\n");
  private static final LabeledCase PYTHON =
      LabeledCase.of(
          "python/sql-injection/bad.py",
          "python",
          "sql-injection",
          "def run(x):\n    db.execute(x)  # expect: python.sql-injection, weak-hash\n");

  @Test
  void shouldReadExpectMarkersOfTheCaseCategoryOnly() {
    assertThat(POSITIVE.expectedLines()).containsExactly(3);
    assertThat(NEGATIVE.positive()).isFalse();
    assertThat(PYTHON.expectedLines()).containsExactly(2);
    assertThat(
            LabeledCase.of("p/weak-hash/a.py", "python", "weak-hash", "x  # expect: sql-injection")
                .positive())
        .isFalse();
  }

  @Test
  void shouldCountAHitOnlyOnAMarkedLineAndAFalseAlarmAnywhere() {
    EvaluateCommand.Evaluation evaluation =
        EvaluateCommand.score(
            List.of(POSITIVE, NEGATIVE, PYTHON),
            List.of(
                finding("java/sql-injection/Bad.java", 2, "java.sql-injection"),
                finding("java/sql-injection/Good.java", 1, "java.sql-injection"),
                finding("python/sql-injection/bad.py", 2, "python.sql-injection"),
                finding("java/sql-injection/Bad.java", 3, "java.weak-hash")));

    Tally sql = evaluation.byCategory().get("sql-injection");
    assertThat(List.of(sql.tp(), sql.fp(), sql.fn(), sql.tn())).containsExactly(1, 1, 1, 0);
    assertThat(sql.recall()).isEqualTo(0.5);
    assertThat(sql.precision()).isEqualTo(0.5);
    assertThat(sql.falsePositiveRate()).isEqualTo(1.0);
    assertThat(evaluation.byLanguage().get("java").cases()).isEqualTo(2);
    assertThat(evaluation.byBoth()).containsKeys("java/sql-injection", "python/sql-injection");
    assertThat(evaluation.misses())
        .containsExactly(
            "FN java/sql-injection/Bad.java (reported on line 2)",
            "FP java/sql-injection/Good.java (reported on line 1)");
  }

  @Test
  void shouldScoreTheSampleCorpusWithTheRealAnalyzers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code =
        new EvaluateCommand(SampleTrees.resource("eval-sample"))
            .run(new PrintStream(out, true, StandardCharsets.UTF_8), sink);

    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(table)
        .contains("9 labeled cases")
        .contains("precision", "recall", "FPR", "TPR-FPR")
        .containsPattern("(?m)^sql-injection\\s+2\\s+1\\s+0\\s+0\\s+1\\s")
        .containsPattern("(?m)^code-injection\\s+3\\s+2\\s+0\\s+0\\s+1\\s")
        .containsPattern("(?m)^typescript\\s+1\\s+1\\s+0\\s+0\\s+0\\s+1\\.00\\s+1\\.00\\s+n/a")
        .containsPattern("(?m)^python/mutable-default-argument\\s+2\\s");
  }

  private static Finding finding(String path, int line, String ruleId) {
    return new Finding(
        "f" + path + line + ruleId,
        "security",
        ruleId,
        "injection",
        null,
        Severity.HIGH,
        null,
        "title",
        "message",
        null,
        Location.line(path, line),
        null,
        null);
  }
}

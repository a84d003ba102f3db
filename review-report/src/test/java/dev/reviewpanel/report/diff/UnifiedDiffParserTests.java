package dev.reviewpanel.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.report.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffParserTests {

  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  @Test
  void shouldReadEveryFileOfAGitDiff() {
    List<FileDiff> files = parser.parse(Fixtures.text("diffs/multi-file.diff"));

    assertThat(files)
        .extracting(FileDiff::oldPath, FileDiff::newPath)
        .containsExactly(
            tuple("src/main/java/shop/OrderService.java", "src/main/java/shop/OrderService.java"),
            tuple(null, "app/views.py"),
            tuple("legacy/Old.java", null),
            tuple("web/util.js", "web/helpers/util.js"),
            tuple("img/logo.png", "img/logo.png"),
            tuple("docs/a.md", "docs/b.md"));
  }

  @Test
  void shouldReportAddedLinesAtTheirNewLineNumbers() {
    FileDiff modified = parser.parse(Fixtures.text("diffs/multi-file.diff")).get(0);

    assertThat(modified.addedLines()).containsExactly(new LineRange(6, 7), new LineRange(24, 24));
    assertThat(modified.postImage().split("\n", -1))
        .satisfies(
            lines -> {
              assertThat(lines[2]).isEqualTo("public class OrderService {");
              assertThat(lines[5]).isEqualTo("  private final int limit = 20;");
              assertThat(lines[6]).isEqualTo("  private final boolean audit = true;");
              assertThat(lines[10]).isEmpty();
              assertThat(lines[23]).isEqualTo("}");
            });
  }

  @Test
  void shouldTreatANewFileAsAllAdded() {
    FileDiff added = parser.parse(Fixtures.text("diffs/multi-file.diff")).get(1);

    assertThat(added.addedLines()).containsExactly(new LineRange(1, 3));
    assertThat(added.postImage()).startsWith("def index(request):\n");
  }

  @Test
  void shouldMarkDeletionsRenamesAndBinaries() {
    List<FileDiff> files = parser.parse(Fixtures.text("diffs/multi-file.diff"));

    assertThat(files.get(2).deleted()).isTrue();
    assertThat(files.get(3).addedLines()).containsExactly(new LineRange(2, 2));
    assertThat(files.get(4).binary()).isTrue();
    assertThat(files.get(4).lines()).isEmpty();
    assertThat(files.get(5).lines()).isEmpty();
  }

  @Test
  void shouldReadPlainDiffsAndNotMistakeRemovedLinesForHeaders() {
    List<FileDiff> files = parser.parse(Fixtures.text("diffs/plain.diff"));

    assertThat(files).extracting(FileDiff::newPath).containsExactly("src/app.ts", "lib/tricky.py");
    assertThat(files.get(0).addedLines()).containsExactly(new LineRange(2, 2));
    assertThat(files.get(1).addedLines()).isEmpty();
    assertThat(files.get(1).postImage()).isEqualTo("keep = True\n");
  }

  @Test
  void shouldStripCarriageReturns() {
    FileDiff file = parser.parse(Fixtures.text("diffs/crlf.diff")).get(0);

    assertThat(file.newPath()).isEqualTo("src/B.java");
    assertThat(file.postImage()).isEqualTo("int b;\n");
  }

  @Test
  void shouldDecodeGitQuotedPaths() {
    String diff =
        "diff --git \"a/caf\\303\\251.py\" \"b/caf\\303\\251.py\"\n"
            + "--- \"a/caf\\303\\251.py\"\n"
            + "+++ \"b/caf\\303\\251.py\"\n"
            + "@@ -0,0 +1 @@\n"
            + "+x = 1\n";

    assertThat(parser.parse(diff).get(0).newPath()).isEqualTo("café.py");
  }

  @Test
  void shouldRejectAHunkThatEndsEarly() {
    assertThatThrownBy(() -> parser.parse(Fixtures.text("diffs/truncated.diff")))
        .isInstanceOf(DiffFormatException.class)
        .hasMessageContaining("line counts");
  }

  @Test
  void shouldRejectTextWithoutFileHeaders() {
    assertThatThrownBy(() -> parser.parse("just some text\nand more\n"))
        .isInstanceOf(DiffFormatException.class)
        .hasMessageContaining("no file headers");
    assertThatThrownBy(() -> parser.parse("@@ -1 +1 @@\n-a\n+b\n"))
        .isInstanceOf(DiffFormatException.class)
        .hasMessageContaining("hunk before any file header");
  }

  @Test
  void shouldRejectGarbageInsideAHunk() {
    String diff = "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\n?b\n";

    assertThatThrownBy(() -> parser.parse(diff))
        .isInstanceOf(DiffFormatException.class)
        .hasMessageContaining("unexpected line");
  }

  @Test
  void shouldHaveNoFilesForABlankDiff() {
    assertThat(parser.parse("  \n")).isEmpty();
  }
}

package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SourceFile;
import dev.reviewpanel.events.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTests {

  @Test
  void shouldKeepASmallFileWhole() {
    ParsedFile file = ParsedFile.of("A.java", Language.JAVA, LlmFixtures.fixture("Accounts.java"));

    List<Chunk> chunks = new Chunker(6000).chunks(file);

    assertThat(chunks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.wholeFile()).isTrue();
              assertThat(c.label()).isEqualTo("A.java");
            });
  }

  @Test
  void shouldCutALargeFileAtMethodsWithContextAndCoverEveryLine() {
    ParsedFile file = ParsedFile.of("Big.java", Language.JAVA, bigClass(40));

    List<Chunk> chunks = new Chunker(300).chunks(file);

    assertThat(chunks).hasSizeGreaterThan(3);
    assertThat(chunks.get(0).start()).isEqualTo(1);
    assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(file.lineCount());
    for (int i = 1; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      assertThat(chunk.start()).isEqualTo(chunks.get(i - 1).end() + 1);
      assertThat(file.line(chunk.start())).as(chunk.label()).contains("public int method");
      assertThat(chunk.contextStart()).isEqualTo(chunk.start() - Chunker.CONTEXT_LINES);
      assertThat(TokenEstimate.of(chunk.text())).isLessThan(400);
    }
  }

  @Test
  void shouldSendOnlyChunksWithChangedLines() {
    String content = bigClass(40);
    int changedLine = content.split("\n").length - 3;
    ParsedFile file =
        new ParsedFile(
            new SourceFile(
                "Big.java",
                Language.JAVA,
                content,
                List.of(new LineRange(changedLine, changedLine))));

    List<Chunk> chunks = new Chunker(300).chunks(file);

    assertThat(chunks)
        .singleElement()
        .satisfies(c -> assertThat(changedLine).isBetween(c.start(), c.end()));
  }

  private static String bigClass(int methods) {
    StringBuilder text = new StringBuilder("package demo;\n\npublic class Big {\n");
    for (int m = 0; m < methods; m++) {
      text.append("\n  public int method").append(m).append("(int value) {\n");
      text.append("    int result = value * ").append(m).append(";\n");
      text.append("    return result + value;\n  }\n");
    }
    return text.append("}\n").toString();
  }
}

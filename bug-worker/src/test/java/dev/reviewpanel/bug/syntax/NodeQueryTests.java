package dev.reviewpanel.bug.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NodeQueryTests {

  private final NodeQuery calls =
      new NodeQuery(Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT), "call_expression");

  @Test
  void shouldCaptureMatchingNodesInDocumentOrder() {
    ParsedFile file = ParsedFile.of("a.js", Language.JAVASCRIPT, "a();\nif (x) {\n  b(c());\n}\n");

    assertThat(captured(file)).containsExactly("a()@1", "b(c())@3", "c()@3");
  }

  @Test
  void shouldCaptureNothingForALanguageItWasNotCompiledFor() {
    ParsedFile file = ParsedFile.of("a.py", Language.PYTHON, "a()\n");

    assertThat(captured(file)).isEmpty();
  }

  @Test
  void shouldBeSharedSafelyBetweenThreads() {
    String source = "f();\n".repeat(200);
    List<Integer> counts =
        IntStream.range(0, 16)
            .parallel()
            .mapToObj(i -> captured(ParsedFile.of(i + ".ts", Language.TYPESCRIPT, source)).size())
            .toList();

    assertThat(counts).hasSize(16).containsOnly(200);
  }

  private List<String> captured(ParsedFile file) {
    List<String> found = new ArrayList<>();
    calls.forEach(file, n -> found.add(file.syntaxTree().text(n) + "@" + SyntaxTree.startLine(n)));
    return found;
  }
}

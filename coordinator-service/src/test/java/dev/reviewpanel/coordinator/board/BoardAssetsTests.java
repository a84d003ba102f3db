package dev.reviewpanel.coordinator.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The board's files never hand text to an HTML parser or to eval, never inline code or styles, and
 * never load anything from another origin; the browser tests then prove nothing runs.
 */
class BoardAssetsTests {

  private static final Path STATIC = Path.of("src/main/resources/static");

  private static final Map<String, Pattern> FORBIDDEN_IN_SCRIPTS =
      Map.of(
          "innerHTML/outerHTML", Pattern.compile("\\.(inner|outer)HTML\\b"),
          "insertAdjacentHTML", Pattern.compile("insertAdjacentHTML"),
          "document.write", Pattern.compile("document\\.write"),
          "eval", Pattern.compile("\\beval\\s*\\("),
          "new Function", Pattern.compile("new\\s+Function\\s*\\("),
          "timers with code strings", Pattern.compile("set(Timeout|Interval)\\s*\\(\\s*['\"`]"),
          "DOMParser/createContextualFragment",
              Pattern.compile("DOMParser|createContextualFragment"),
          "style attributes", Pattern.compile("setAttribute\\(\\s*['\"]style"));

  @Test
  void shouldNeverTurnTextIntoMarkupOrCode() throws IOException {
    for (Path script : files(".js")) {
      String code = Files.readString(script);
      FORBIDDEN_IN_SCRIPTS.forEach(
          (what, pattern) ->
              assertThat(pattern.matcher(code).find()).as(what + " in " + script).isFalse());
    }
  }

  @Test
  void shouldKeepScriptsAndStylesOutOfThePage() throws IOException {
    String page = Files.readString(STATIC.resolve("index.html"));

    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find())
        .as("inline script")
        .isFalse();
    assertThat(page).doesNotContain("<style").doesNotContain(" style=");
    assertThat(Pattern.compile("\\son[a-z]+=").matcher(page).find()).as("event handler").isFalse();
  }

  @Test
  void shouldLoadNothingFromAnotherOrigin() throws IOException {
    Pattern external =
        Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/", Pattern.CASE_INSENSITIVE);
    for (Path file : files("")) {
      String text = Files.readString(file).replace("http://www.w3.org/2000/svg", "");
      assertThat(external.matcher(text).find()).as("a URL of another origin in " + file).isFalse();
    }
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(STATIC)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }
}

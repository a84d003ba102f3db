package dev.reviewpanel.code.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTests {

  private static final Path CATALOG = Path.of("../security-worker/src/main/resources/catalog");
  private static final Pattern QUOTED_CALL = Pattern.compile("\\bcall: \"([^\"]+)\"");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "*.execute; cur.execute; true",
        "*.execute; a.b().execute; true",
        "*.execute; execute; false",
        "*.execute; .execute; false",
        "*.execute; cur.executeMany; false",
        "subprocess.{run,call}; subprocess.call; true",
        "subprocess.{run,call}; subprocess.Popen; false",
        "subprocess.{run,call}; os.subprocess.run; false",
        "{location,window.location}.href; window.location.href; true",
        "{location,window.location}.href; document.location.href; false",
        "*.{a,b.c}; x.b.c; true",
        "*.{a,b.c}; x.c; false",
        "System.getenv().get; System.getenv().get; true",
        "System.getenv().get; System.getenv(x).get; false",
        "$queryRaw*; $queryRawUnsafe; true",
        "{Console,*.Console}.readLine; Console.readLine; true",
        "ProcessBuilder|java.lang.ProcessBuilder; java.lang.ProcessBuilder; true",
      })
  void shouldMatchLiteralNamesAsTheExpressionDoes(String pattern, String name, boolean matches) {
    NamePattern compiled = NamePattern.of(pattern);

    assertThat(compiled.matches(name)).isEqualTo(matches);
    assertThat(compiled.matchesByExpression(name)).isEqualTo(matches);
  }

  @Test
  void shouldNotTakeALineBreakForAReceiver() {
    NamePattern pattern = NamePattern.of("*.execute");

    assertThat(pattern.matches("cur\nx.execute")).isFalse();
    assertThat(pattern.matchesByExpression("cur\nx.execute")).isFalse();
    assertThat(pattern.matches("cur x.execute")).isTrue();
  }

  @Test
  void shouldAnswerAsTheExpressionOnEveryCallPatternOfTheCatalog() throws IOException {
    List<String> patterns = new ArrayList<>();
    try (Stream<Path> files = Files.list(CATALOG)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Matcher matcher = QUOTED_CALL.matcher(Files.readString(file));
        while (matcher.find()) {
          patterns.add(matcher.group(1));
        }
      }
    }
    assertThat(patterns).hasSizeGreaterThan(100);
    Set<String> names = new LinkedHashSet<>();
    for (String pattern : patterns) {
      for (String name : pattern.replace("{", "").replace("}", "").split("[|,]")) {
        String plain = name.strip().replace("*", "x");
        names.add(plain);
        names.add("a." + plain);
        names.add("a.b." + plain);
        names.add(plain + "s");
        names.add(plain.substring(plain.indexOf('.') + 1));
        names.add(plain.toLowerCase(java.util.Locale.ROOT));
      }
    }
    int literal = 0;
    for (String pattern : patterns) {
      NamePattern compiled = NamePattern.of(pattern);
      for (String name : names) {
        assertThat(compiled.matches(name))
            .as("%s on %s", pattern, name)
            .isEqualTo(compiled.matchesByExpression(name));
      }
      literal += pattern.contains("*") && !pattern.startsWith("*.") ? 0 : 1;
    }
    assertThat(literal).isPositive();
  }
}

package dev.reviewpanel.code.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTests {

  private final NameIndex<String> index =
      new NameIndex<>(
          List.of("*.executeQuery", "Runtime.exec", "Math.*", "subprocess.{run,call}", "*.exec*"),
          NamePattern::of);

  @Test
  void shouldMatchEachNameByItsPatternsInCatalogOrderWithoutRepeats() {
    assertThat(index.match(List.of("statement.executeQuery")))
        .containsExactly("*.executeQuery", "*.exec*");
    assertThat(index.match(List.of("runtime.exec", "Runtime.exec")))
        .containsExactly("*.exec*", "Runtime.exec");
    assertThat(index.match(List.of("Math.random", "subprocess.call")))
        .containsExactly("Math.*", "subprocess.{run,call}");
    assertThat(index.match(List.of("rows.next"))).isEmpty();
  }

  @Test
  void shouldAnswerARepeatedNameAsTheFirstTimeAndLetTheCallerKeepItsList() {
    List<String> first = index.match(List.of("statement.executeQuery"));
    first.clear();

    assertThat(index.match(List.of("statement.executeQuery")))
        .containsExactly("*.executeQuery", "*.exec*");
    assertThat(index.match(List.of("runtime.exec", "statement.executeQuery")))
        .containsExactly("*.exec*", "*.executeQuery");
  }
}

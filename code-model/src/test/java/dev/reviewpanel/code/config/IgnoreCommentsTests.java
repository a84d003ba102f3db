package dev.reviewpanel.code.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.config.IgnoreComments.Directive;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreCommentsTests {

  @Test
  void shouldReadTheDirectiveInEveryCommentSyntax() {
    List<String> lines =
        List.of(
            "// review-panel-ignore[java.weak-hash]: checksum of a cache key",
            "# review-panel-ignore[python.sql-injection]: table names come from an enum",
            "/* review-panel-ignore[js.eval]: sandboxed */",
            "<!-- review-panel-ignore[html.inline-script]: static analytics snippet -->",
            "{# review-panel-ignore[jinja.autoescape-off]: plain-text mail template #}",
            " * review-panel-ignore[java.null-deref, java.leak]: closed by the pool");

    IgnoreComments comments = scan(lines);

    assertThat(comments.covering("java.weak-hash", 2))
        .get()
        .extracting(Directive::reason)
        .isEqualTo("checksum of a cache key");
    assertThat(comments.covering("js.eval", 4))
        .get()
        .extracting(Directive::reason)
        .isEqualTo("sandboxed");
    assertThat(comments.covering("html.inline-script", 4))
        .get()
        .extracting(Directive::reason)
        .isEqualTo("static analytics snippet");
    assertThat(comments.covering("jinja.autoescape-off", 5))
        .get()
        .extracting(Directive::reason)
        .isEqualTo("plain-text mail template");
    assertThat(comments.covering("java.leak", 7))
        .get()
        .extracting(Directive::rules)
        .isEqualTo(List.of("java.null-deref", "java.leak"));
  }

  @Test
  void shouldCoverItsOwnLineTheLineBelowAndAStackOfCommentsOnly() {
    IgnoreComments comments =
        scan(
            List.of(
                "h = md5(key)  # review-panel-ignore[python.weak-hash]: cache key, not a secret",
                "other = md5(password)",
                "# review-panel-ignore[python.weak-hash]: legacy checksum format",
                "# review-panel-ignore[python.sql-injection]: fixed query",
                "legacy = md5(blob)",
                "",
                "again = md5(blob)"));

    assertThat(comments.covering("python.weak-hash", 1)).isPresent();
    assertThat(comments.covering("python.weak-hash", 2))
        .as("line below a trailing one")
        .isPresent();
    assertThat(comments.covering("python.weak-hash", 5)).as("through a stack").isPresent();
    assertThat(comments.covering("python.weak-hash", 7)).isEmpty();
    assertThat(comments.covering("python.other-rule", 5)).isEmpty();
  }

  @Test
  void shouldKeepADirectiveWithoutReasonButLetItSuppressNothing() {
    IgnoreComments comments =
        scan(
            List.of(
                "# review-panel-ignore[python.weak-hash]",
                "x = md5(a)  // review-panel-ignore[js.x]:  "));

    assertThat(comments.covering("python.weak-hash", 2))
        .get()
        .satisfies(d -> assertThat(d.hasReason()).isFalse());
    assertThat(comments.covering("js.x", 2))
        .get()
        .satisfies(d -> assertThat(d.hasReason()).isFalse());
  }

  @Test
  void shouldIgnoreTheMarkerOutsideComments() {
    IgnoreComments comments =
        scan(List.of("print('review-panel-ignore[python.weak-hash]: no')", "x = md5(a)"));

    assertThat(comments.covering("python.weak-hash", 2)).isEmpty();
  }

  private static IgnoreComments scan(List<String> lines) {
    return IgnoreComments.scan(n -> lines.get(n - 1), lines.size());
  }
}

package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreRulesTests {

  @Test
  void shouldMatchSingleStarWithinOneSegmentAtAnyDepth() {
    IgnoreRules rules = IgnoreRules.parse(List.of("*.gen.js"));

    assertThat(rules.ignores("web/api.gen.js", false)).isTrue();
    assertThat(rules.ignores("api.gen.js", false)).isTrue();
    assertThat(rules.ignores("web/api.js", false)).isFalse();
  }

  @Test
  void shouldAnchorPatternsWithASlashToTheRoot() {
    IgnoreRules rules = IgnoreRules.parse(List.of("/dist", "docs/*.md"));

    assertThat(rules.ignores("dist", true)).isTrue();
    assertThat(rules.ignores("web/dist", true)).isFalse();
    assertThat(rules.ignores("docs/a.md", false)).isTrue();
    assertThat(rules.ignores("docs/sub/a.md", false)).isFalse();
  }

  @Test
  void shouldMatchDoubleStarAcrossSegments() {
    IgnoreRules rules = IgnoreRules.parse(List.of("**/fixtures/**", "logs/**/*.py", "a/**"));

    assertThat(rules.ignores("src/test/fixtures/Bad.java", false)).isTrue();
    assertThat(rules.ignores("fixtures/Bad.java", false)).isTrue();
    assertThat(rules.ignores("logs/x/y/z.py", false)).isTrue();
    assertThat(rules.ignores("logs/z.py", false)).isTrue();
    assertThat(rules.ignores("a/b/c.js", false)).isTrue();
    assertThat(rules.ignores("src/Main.java", false)).isFalse();
  }

  @Test
  void shouldApplyTrailingSlashPatternsToDirectoriesOnly() {
    IgnoreRules rules = IgnoreRules.parse(List.of("generated/"));

    assertThat(rules.ignores("generated", true)).isTrue();
    assertThat(rules.ignores("src/generated", true)).isTrue();
    assertThat(rules.ignores("generated", false)).isFalse();
  }

  @Test
  void shouldLetALaterNegationReIncludeAndTheLastMatchWin() {
    IgnoreRules rules =
        IgnoreRules.parse(List.of("*.js", "!keep.js", "# a comment", "", "x/keep.js"));

    assertThat(rules.ignores("a.js", false)).isTrue();
    assertThat(rules.ignores("keep.js", false)).isFalse();
    assertThat(rules.ignores("x/keep.js", false)).isTrue();
  }

  @Test
  void shouldAlwaysSkipVersionControlDirectoriesAndLeaveVendoredOnesToTheExclusions() {
    IgnoreRules rules = IgnoreRules.none();

    assertThat(rules.ignores(".git", true)).isTrue();
    assertThat(rules.ignores(".svn", true)).isTrue();
    // listed as not analyzed by the walk instead of silently ignored
    assertThat(rules.ignores("web/node_modules", true)).isFalse();
    assertThat(rules.ignores("build", true)).isFalse();
    assertThat(rules.ignores("src", true)).isFalse();
  }

  @Test
  void shouldTreatCharacterClassesAndEscapesLikeGit() {
    IgnoreRules rules =
        IgnoreRules.parse(List.of("file[0-9].py", "\\!important.js", "file[!a].js"));

    assertThat(rules.ignores("file7.py", false)).isTrue();
    assertThat(rules.ignores("filex.py", false)).isFalse();
    assertThat(rules.ignores("!important.js", false)).isTrue();
    assertThat(rules.ignores("fileb.js", false)).isTrue();
    assertThat(rules.ignores("filea.js", false)).isFalse();
  }
}

package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class MutableClassAttributeAnalyzerTests {

  private final MutableClassAttributeAnalyzer analyzer = new MutableClassAttributeAnalyzer();

  @Test
  void shouldReportSharedContainersChangedThroughSelfButNoOwnCopyOrDeliberateSharing() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/class_attributes.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.mutable-class-attribute@6",
            "python.mutable-class-attribute@7",
            "python.mutable-class-attribute@8",
            "python.mutable-class-attribute@9",
            "python.mutable-class-attribute@38");
  }
}

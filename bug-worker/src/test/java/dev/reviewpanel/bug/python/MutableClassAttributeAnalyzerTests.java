package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class MutableClassAttributeAnalyzerTests {

  private final MutableClassAttributeAnalyzer analyzer = new MutableClassAttributeAnalyzer();

  @Test
  void shouldReportSharedContainersChangedThroughSelfButNoOwnCopyOrDeliberateSharing() {
    assertThat(FixtureRun.severities(analyzer, "python/class_attributes.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.mutable-class-attribute@6:MEDIUM",
            "python.mutable-class-attribute@7:MEDIUM",
            "python.mutable-class-attribute@8:MEDIUM",
            "python.mutable-class-attribute@9:MEDIUM",
            "python.mutable-class-attribute@38:MEDIUM",
            "python.mutable-class-attribute@49:LOW",
            "python.mutable-class-attribute@50:LOW",
            "python.mutable-class-attribute@51:MEDIUM",
            "python.mutable-class-attribute@65:MEDIUM",
            "python.mutable-class-attribute@75:LOW",
            "python.mutable-class-attribute@76:LOW",
            "python.mutable-class-attribute@77:MEDIUM",
            "python.mutable-class-attribute@98:MEDIUM");
  }
}

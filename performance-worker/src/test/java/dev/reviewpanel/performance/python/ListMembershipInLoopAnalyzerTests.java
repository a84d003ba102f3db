package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ListMembershipInLoopAnalyzerTests {

  private final ListMembershipInLoopAnalyzer analyzer = new ListMembershipInLoopAnalyzer();

  @Test
  void shouldFlagMembershipInDataBuiltListsButNotSetsOrSmallConstants() {
    assertThat(found(analyzer, "python/list_membership.py", Language.PYTHON))
        .containsExactly(
            "python.list-membership-in-loop@10",
            "python.list-membership-in-loop@12",
            "python.list-membership-in-loop@14");
  }
}

package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsFlowPruningTests {

  private final Fixture fixture = Fixture.load("typescript/flow_pruning.ts", Language.TYPESCRIPT);

  @Test
  void shouldSkipDeadBranchesOverwrittenValuesAndTypedNumbersButFollowHelpers() {
    List<String> reported = new ArrayList<>();
    reported.addAll(fixture.reported(new JsCommandInjectionAnalyzer()));
    reported.addAll(fixture.reported(new JsSqlInjectionAnalyzer()));

    assertThat(reported).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}

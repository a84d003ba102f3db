package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonFlowPruningTests {

  private final Fixture fixture = Fixture.load("python/flow_pruning.py", Language.PYTHON);

  @Test
  void shouldSkipDeadBranchesOverwrittenValuesAndSanitizedInputButFollowHelpers() {
    List<String> reported = new ArrayList<>();
    reported.addAll(fixture.reported(new PythonCommandInjectionAnalyzer()));
    reported.addAll(fixture.reported(new PythonSqlInjectionAnalyzer()));

    assertThat(reported).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}

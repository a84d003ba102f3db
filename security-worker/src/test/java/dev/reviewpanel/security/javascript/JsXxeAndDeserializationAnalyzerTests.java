package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import dev.reviewpanel.security.taint.TaintAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsXxeAndDeserializationAnalyzerTests {

  private final Fixture fixture =
      Fixture.load("javascript/xxe_deserialization.js", Language.JAVASCRIPT);

  @Test
  void shouldReportEntitySubstitutionAndFunctionRevivingLoadersOnly() {
    List<String> reported = new ArrayList<>();
    reported.addAll(fixture.reported(new JsXxeAnalyzer()));
    fixture.reported(new TaintAnalyzer()).stream()
        .filter(r -> r.startsWith("javascript.unsafe-deserialization@"))
        .forEach(reported::add);

    assertThat(reported).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}

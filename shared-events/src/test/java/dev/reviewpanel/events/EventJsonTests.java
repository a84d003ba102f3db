package dev.reviewpanel.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTests {

  private final JsonMapper json = EventJson.mapper();

  static Stream<Object> everyRecord() {
    return Stream.of(
        Samples.request(),
        Samples.plan(),
        Samples.task(),
        Samples.result(),
        Samples.finding(),
        Samples.report(),
        Samples.event());
  }

  @ParameterizedTest
  @MethodSource("everyRecord")
  void shouldRoundTripEveryRecord(Object record) {
    String wire = json.writeValueAsString(record);

    assertThat(json.readValue(wire, record.getClass())).isEqualTo(record);
  }

  @ParameterizedTest
  @MethodSource("everyRecord")
  void shouldKeepJavaClassNamesOffTheWire(Object record) {
    String wire = json.writeValueAsString(record);

    assertThat(wire).doesNotContain("dev.reviewpanel").doesNotContain("@class");
  }

  @Test
  void shouldWriteDatesAndDurationsAsIso8601() {
    String wire = json.writeValueAsString(Samples.request());

    assertThat(wire)
        .contains("\"occurredAt\":\"2026-11-21T10:15:30.123Z\"")
        .contains("\"timeout\":\"PT1M30S\"");
  }

  @Test
  void shouldIgnoreUnknownFieldsFromNewerWriters() {
    String wire =
        """
        {"schemaVersion":2,"reviewId":"r","files":[{"path":"a.py","content":"x=1","mood":"happy"}],
         "priority":"high"}
        """;

    ReviewRequest request = json.readValue(wire, ReviewRequest.class);

    assertThat(request.schemaVersion()).isEqualTo(2);
    assertThat(request.files()).containsExactly(new ReviewRequest.File("a.py", "x=1", null));
  }

  @Test
  void shouldFillDefaultsForAMinimalRequest() {
    ReviewRequest request =
        json.readValue("{\"files\":[{\"path\":\"a.js\",\"content\":\"x\"}]}", ReviewRequest.class);

    assertThat(request.schemaVersion()).isEqualTo(1);
    assertThat(request.occurredAt()).isNotNull();
    assertThat(request.agents()).isNull();
    assertThat(request.timeout()).isNull();
  }

  @Test
  void shouldLeaveAbsentOptionalFieldsOut() {
    ReviewRequest request =
        new ReviewRequest(
            1,
            Samples.NOW,
            null,
            null,
            null,
            List.of(new ReviewRequest.File("a.py", "x=1", null)),
            null,
            null,
            Duration.ofMinutes(2));

    assertThat(json.writeValueAsString(request))
        .doesNotContain("reviewId")
        .doesNotContain("language")
        .doesNotContain("null");
  }

  @Test
  void shouldNameTaskTopicsAfterTheirAgent() {
    assertThat(Topics.tasks("accessibility")).isEqualTo("review-tasks-accessibility");
    assertThat(Topics.deadLetter(Topics.REVIEW_REQUESTS)).isEqualTo("review-requests-dlt");
  }
}

package dev.reviewpanel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"files\": [{\"path\": 12, \"content\": \"x\"}]} | files[0].path",
        "{\"files\": [{\"path\": \"a.py\", \"content\": true}]} | files[0].content",
        "{\"idempotencyKey\": 12.5, \"files\": [] } | idempotencyKey",
        "{\"files\": \"a.py\"} | files",
        "{\"agents\": \"security\", \"files\": []} | agents",
        "{\"schemaVersion\": \"1\", \"files\": []} | schemaVersion",
        "{\"schemaVersion\": 1.5, \"files\": []} | schemaVersion",
        "{\"options\": {\"includeVendored\": 1}, \"files\": []} | includeVendored",
        "{\"options\": {\"includeVendored\": \"true\"}, \"files\": []} | includeVendored"
      })
  void shouldRejectAValueOfTheWrongTypeNamingTheFieldInsteadOfCoercingIt(
      String json, String field) {
    assertThatThrownBy(() -> EventJson.mapper().readValue(json, ReviewRequest.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .satisfies(
            e ->
                assertThat(
                        ((tools.jackson.databind.DatabindException) e)
                            .getPath().stream()
                                .map(r -> r.getPropertyName() == null ? "" : r.getPropertyName())
                                .toList())
                    .contains(field.replaceAll("\\[\\d+]", "").replaceAll(".*\\.", "")));
  }

  @Test
  void shouldNameTaskTopicsAfterTheirAgent() {
    assertThat(Topics.tasks("accessibility")).isEqualTo("review-tasks-accessibility");
    assertThat(Topics.deadLetter(Topics.REVIEW_REQUESTS)).isEqualTo("review-requests-dlt");
  }
}

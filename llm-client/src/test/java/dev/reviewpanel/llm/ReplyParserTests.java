package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyParserTests {

  @Test
  void shouldReadTheShapesModelsAnswerIn() {
    assertThat(ReplyParser.findings("{\"findings\":[{\"startLine\":1},{\"startLine\":2}]}"))
        .get()
        .asList()
        .hasSize(2);
    assertThat(ReplyParser.findings("```\n[{\"startLine\":1}]\n```")).get().asList().hasSize(1);
    assertThat(
            ReplyParser.findings("Found one: {\"startLine\": 4, \"title\": \"a } in text\"} done"))
        .get()
        .asList()
        .hasSize(1);
    assertThat(ReplyParser.findings("{\"findings\": []}")).get().asList().isEmpty();
  }

  @Test
  void shouldRejectRepliesWithoutReadableJson() {
    assertThat(ReplyParser.findings("I could not review this file.")).isEmpty();
    assertThat(ReplyParser.findings("{\"findings\": [ {\"startLine\": 3, oops")).isEmpty();
    assertThat(ReplyParser.findings("")).isEmpty();
    assertThat(ReplyParser.findings("{\"verdict\": \"fine\"}")).isEmpty();
  }

  @Test
  void shouldReadRetryAfterAsSecondsOrDate() {
    assertThat(RetryAfter.parse("3")).hasSeconds(3);
    assertThat(RetryAfter.parse("0.5")).hasMillis(500);
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
    assertThat(RetryAfter.parse("soon")).isNull();
  }
}

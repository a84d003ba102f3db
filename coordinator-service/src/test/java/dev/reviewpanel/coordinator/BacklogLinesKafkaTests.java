package dev.reviewpanel.coordinator;

import static dev.reviewpanel.coordinator.TopicReader.hasKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.backpressure.Backlog;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The backlog bound in lines, on a real broker: a review taken from {@code review-requests} fills
 * it, so REST submissions get 429 at once and the Kafka intake pauses; its report releases the
 * lines, and the waiting request, a REST JSON review and a raw diff then come in with their sizes.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=coordinator",
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "review.backpressure.max-backlog-lines=30"
    })
@AutoConfigureMockMvc
@TransactionalBroker
class BacklogLinesKafkaTests {

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;
  @Autowired Backlog backlog;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Test
  void shouldRefuseAndPauseWhileTheBacklogHoldsTooManyLinesUntilTheReportReleasesThem()
      throws Exception {
    String big = UUID.randomUUID().toString();
    String waiting = UUID.randomUUID().toString();
    try (KafkaProducer<String, String> producer = producer()) {
      // 40 lines of code and blank lines between them, which cost nothing and count nothing
      producer.send(new ProducerRecord<>(Topics.REVIEW_REQUESTS, big, review(big, 40))).get();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(backlog.openLines()).isEqualTo(40);
                assertThat(meters.get("review.intake.paused").gauge().value()).isEqualTo(1);
              });

      long started = System.nanoTime();
      mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content("{}"))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().string("Retry-After", "1"))
          .andExpect(jsonPath("$.error").value("backlog_full"));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(meters.counter("review.backpressure.refusals", "reason", "backlog_lines").count())
          .isEqualTo(1);
      assertThat(meters.counter("review.intake.pauses", "reason", "backlog_lines").count())
          .isEqualTo(1);

      TopicReader reader = new TopicReader(brokers);
      var plans = reader.endOffsets(Topics.REVIEW_PLANS);
      producer.send(new ProducerRecord<>(Topics.REVIEW_REQUESTS, waiting, review(waiting, 12)));
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(reader.endOffsets(Topics.REVIEW_PLANS)).isEqualTo(plans));

      ReviewEvent ready =
          ReviewEvent.of(big, ReviewEvent.Type.REPORT_READY, null, Map.of("status", "COMPLETE"));
      producer.send(
          new ProducerRecord<>(
              Topics.REVIEW_EVENTS, big, EventJson.mapper().writeValueAsString(ready)));
      reader.readUntil(Topics.REVIEW_PLANS, hasKey(waiting, 1));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(backlog.openLines()).isEqualTo(12);
                assertThat(meters.get("review.intake.paused").gauge().value()).isZero();
              });
    }

    mvc.perform(
            post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(review(null, 5)))
        .andExpect(status().isAccepted());
    // a raw diff: its file is rebuilt with blanks for the lines it does not show (here 1-9)
    mvc.perform(
            post("/api/reviews")
                .contentType(MediaType.parseMediaType("text/x-diff"))
                .content("--- a/app.py\n+++ b/app.py\n@@ -10,2 +10,3 @@\n a = 1\n+b = 2\n c = 3\n"))
        .andExpect(status().isAccepted());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(backlog.openLines()).isEqualTo(12 + 5 + 3));
    assertThat(meters.get("review.backlog.lines").gauge().value()).isEqualTo(20);
  }

  private static String review(String reviewId, int lines) {
    String content =
        IntStream.range(0, lines)
            .mapToObj(i -> "x" + i + " = " + i + "\\n\\n")
            .collect(Collectors.joining());
    String id = reviewId == null ? "" : "\"reviewId\": \"" + reviewId + "\", ";
    return "{" + id + "\"files\": [{\"path\": \"app.py\", \"content\": \"" + content + "\"}]}";
  }

  private KafkaProducer<String, String> producer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
        new StringSerializer(),
        new StringSerializer());
  }
}

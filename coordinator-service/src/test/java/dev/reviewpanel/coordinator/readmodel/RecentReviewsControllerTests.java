package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.SliceConfig;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.report.Reports;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(
    controllers = RecentReviewsController.class,
    properties = "spring.config.name=coordinator")
@Import({ReviewStore.class, EventStreams.class, SliceConfig.class})
class RecentReviewsControllerTests {

  @Autowired MockMvc mvc;
  @Autowired ReviewStore store;

  @Test
  void shouldListRecentReviewsAsJsonNewestFirst() throws Exception {
    String older = UUID.randomUUID().toString();
    String newer = UUID.randomUUID().toString();
    store.claim(older, Instant.parse("2026-01-01T10:00:00Z"), null);
    store.apply(Reports.sample(older));
    store.claim(
        newer, Instant.parse("2026-01-01T10:01:00Z"), new SourceRef("acme/shop", "9", null, null));

    mvc.perform(get("/api/reviews?limit=2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviews.length()").value(2))
        .andExpect(jsonPath("$.reviews[0].reviewId").value(newer))
        .andExpect(jsonPath("$.reviews[0].status").value("PENDING"))
        .andExpect(jsonPath("$.reviews[0].source.repository").value("acme/shop"))
        .andExpect(jsonPath("$.reviews[0].source.pullRequest").value("9"))
        .andExpect(jsonPath("$.reviews[1].reviewId").value(older))
        .andExpect(jsonPath("$.reviews[1].decision").value("REJECT"))
        .andExpect(jsonPath("$.reviews[1].riskScore").value(Reports.sample(older).riskScore()));
    mvc.perform(get("/api/reviews?limit=0")).andExpect(jsonPath("$.reviews.length()").value(1));
  }

  @Test
  void shouldStreamASnapshotThenEachReviewThatChanges() throws Exception {
    String known = UUID.randomUUID().toString();
    String submitted = UUID.randomUUID().toString();
    store.claim(known, Instant.now(), null);

    MvcResult stream =
        mvc.perform(get("/api/reviews?limit=5").accept("text/event-stream"))
            .andExpect(request().asyncStarted())
            .andReturn();
    store.claim(submitted, Instant.now(), null);
    store.apply(
        ReviewEvent.of(submitted, ReviewEvent.Type.FINDING, "bug", Map.of("fingerprint", "f")));
    store.apply(
        ReviewEvent.of(
            submitted,
            ReviewEvent.Type.REPORT_READY,
            null,
            Map.of("status", "COMPLETE", "decision", "APPROVE", "riskScore", 3)));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(stream.getResponse().getContentAsString())
                    .containsSubsequence(
                        "event:snapshot",
                        "\"reviewId\":\"" + known + "\"",
                        "event:review",
                        "\"reviewId\":\"" + submitted + "\",\"status\":\"PENDING\"",
                        "event:review",
                        "\"status\":\"COMPLETE\",\"decision\":\"APPROVE\",\"riskScore\":3"));
    assertThat(stream.getResponse().getContentAsString().split("event:review", -1)).hasSize(3);
  }
}

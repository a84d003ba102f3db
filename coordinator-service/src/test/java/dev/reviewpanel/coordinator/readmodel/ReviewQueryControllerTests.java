package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.SliceConfig;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.report.Reports;
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
    controllers = {ReviewQueryController.class, ReviewEventsController.class},
    properties = {"spring.config.name=coordinator", "review.readmodel.max-reports-in-memory=2"})
@Import({ReviewStore.class, EventStreams.class, SliceConfig.class})
class ReviewQueryControllerTests {

  @Autowired MockMvc mvc;
  @Autowired ReviewStore store;

  @Test
  void shouldAnswer404ForUnknownReviews() throws Exception {
    String id = UUID.randomUUID().toString();

    for (String path : new String[] {"", "/report", "/events"}) {
      mvc.perform(get("/api/reviews/" + id + path))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.error").value("review_not_found"));
    }
  }

  @Test
  void shouldAnswerPendingAndAReportNotReadyYet() throws Exception {
    String id = UUID.randomUUID().toString();
    store.claim(id, Instant.parse("2026-01-01T10:00:00Z"), null);
    store.planned(id, Map.of("security", 2));

    mvc.perform(get("/api/reviews/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewId").value(id))
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.submittedAt").value("2026-01-01T10:00:00Z"))
        .andExpect(jsonPath("$.agents[0].agent").value("security"))
        .andExpect(jsonPath("$.agents[0].tasks").value(2))
        .andExpect(jsonPath("$.report").doesNotExist());
    mvc.perform(get("/api/reviews/" + id + "/report"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"));
  }

  @Test
  void shouldServeTheReportAsJsonMarkdownOrSarif() throws Exception {
    String id = UUID.randomUUID().toString();
    store.apply(Reports.sample(id));

    mvc.perform(get("/api/reviews/" + id))
        .andExpect(jsonPath("$.status").value("PARTIAL"))
        .andExpect(jsonPath("$.report.decision").value("REJECT"));
    mvc.perform(get("/api/reviews/" + id + "/report"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/json"))
        .andExpect(jsonPath("$.riskScore").value(87))
        .andExpect(jsonPath("$.findings[0].cwe").value("CWE-89"));
    String markdown =
        mvc.perform(get("/api/reviews/" + id + "/report").accept("text/markdown"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/markdown"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(markdown).contains("**Verdict:** REJECT");
    mvc.perform(
            get("/api/reviews/" + id + "/report").accept("text/html;q=0.9, application/sarif+json"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/sarif+json"))
        .andExpect(jsonPath("$.version").value("2.1.0"));
    mvc.perform(get("/api/reviews/" + id + "/report?format=markdown"))
        .andExpect(content().contentTypeCompatibleWith("text/markdown"));
  }

  @Test
  void shouldAnswerGoneForAReportEvictedFromMemoryButKeepItsStatus() throws Exception {
    String oldest = UUID.randomUUID().toString();
    store.apply(Reports.sample(oldest));
    store.apply(Reports.sample(UUID.randomUUID().toString()));
    store.apply(Reports.sample(UUID.randomUUID().toString()));

    mvc.perform(get("/api/reviews/" + oldest + "/report?format=sarif"))
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.error").value("report_evicted"))
        .andExpect(jsonPath("$.status").value("PARTIAL"))
        .andExpect(jsonPath("$.message", containsString("review-reports")));
    mvc.perform(get("/api/reviews/" + oldest))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PARTIAL"))
        .andExpect(jsonPath("$.reportEvicted").value(true))
        .andExpect(jsonPath("$.report").doesNotExist());
  }

  @Test
  void shouldReplayEventsAsServerSentEventsAndCompleteAfterTheReport() throws Exception {
    String id = UUID.randomUUID().toString();
    store.claim(id, Instant.now(), null);
    store.apply(ReviewEvent.of(id, ReviewEvent.Type.ACCEPTED, null, Map.of("files", 1)));
    store.apply(ReviewEvent.of(id, ReviewEvent.Type.PLANNED, null, Map.of("tasks", 1)));
    store.apply(
        ReviewEvent.of(id, ReviewEvent.Type.REPORT_READY, null, Map.of("status", "COMPLETE")));

    MvcResult started =
        mvc.perform(get("/api/reviews/" + id + "/events").accept("text/event-stream"))
            .andExpect(request().asyncStarted())
            .andReturn();
    String body =
        mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(body)
        .containsSubsequence(
            "event:ACCEPTED", "\"type\":\"ACCEPTED\"", "event:PLANNED", "event:REPORT_READY");
  }
}

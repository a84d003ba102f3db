package dev.reviewpanel.coordinator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.SliceConfig;
import dev.reviewpanel.coordinator.planning.AgentRegistry;
import dev.reviewpanel.coordinator.planning.LanguageDetector;
import dev.reviewpanel.coordinator.planning.PlanPublisher;
import dev.reviewpanel.coordinator.planning.PlannedReview;
import dev.reviewpanel.coordinator.planning.ReviewPlanner;
import dev.reviewpanel.coordinator.planning.ReviewScope;
import dev.reviewpanel.coordinator.readmodel.ReviewStore;
import dev.reviewpanel.coordinator.validation.RequestValidator;
import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.report.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(
    controllers = ReviewSubmissionController.class,
    properties = {
      "spring.config.name=coordinator",
      "review.limits.max-files=3",
      "review.limits.max-file-bytes=2KB",
      "review.limits.max-total-bytes=5KB",
      "review.limits.max-line-length=100",
      "review.limits.max-body-bytes=20KB"
    })
@Import({
  ReviewIntake.class,
  RequestBodyReader.class,
  RawDiffRequests.class,
  RequestValidator.class,
  AgentRegistry.class,
  ReviewPlanner.class,
  ReviewScope.class,
  LanguageDetector.class,
  ReviewStore.class,
  RequestOutcomes.class,
  SliceConfig.class
})
class ReviewSubmissionControllerTests {

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;
  @Autowired ReviewStore store;
  @MockitoBean PlanPublisher publisher;

  @Test
  void shouldAcceptAJsonReviewWith202AndLinks() throws Exception {
    String json =
        """
        {"source": {"repository": "acme/shop"},
         "files": [{"path": "src/A.java", "content": "class A {}\\n"},
                   {"path": "app/views.py", "content": "x = 1\\n"}],
         "agents": ["security", "bug"], "timeout": "PT1M"}
        """;

    String id =
        mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.status").value("PENDING"))
            .andExpect(jsonPath("$.outcome").value("accepted"))
            .andReturn()
            .getResponse()
            .getHeader("Location")
            .substring("/api/reviews/".length());

    assertThat(ReviewIds.isUuid(id)).isTrue();
    ArgumentCaptor<PlannedReview> planned = ArgumentCaptor.forClass(PlannedReview.class);
    verify(publisher).publish(planned.capture());
    assertThat(planned.getValue().reviewId()).isEqualTo(id);
    assertThat(planned.getValue().tasksByAgent()).containsOnlyKeys("security", "bug");
  }

  @Test
  void shouldAnswerARepeatedIdempotencyKeyWithTheSameReviewAndPublishOnce() throws Exception {
    String json =
        "{\"idempotencyKey\": \"ci-run-77\", \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}";
    String expected = ReviewIds.forIdempotencyKey("ci-run-77");

    submitJson(json)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.reviewId").value(expected));
    submitJson(json)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewId").value(expected))
        .andExpect(jsonPath("$.outcome").value("duplicate"))
        .andExpect(header().string("Location", "/api/reviews/" + expected));
    mvc.perform(
            post("/api/reviews")
                .header("Idempotency-Key", "ci-run-77")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"files\": [{\"path\": \"b.py\", \"content\": \"y\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewId").value(expected));

    verify(publisher, times(1)).publish(any());
    assertThat(meters.counter("review.requests", "outcome", "duplicate").count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldNotTakeAnIdSeenOnlyInWorkerEventsForADuplicate() throws Exception {
    String json =
        "{\"idempotencyKey\": \"ci-run-88\", \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}";
    String expected = ReviewIds.forIdempotencyKey("ci-run-88");
    // a worker's event is not transactional: it may be visible though the plan never committed
    store.apply(ReviewEvent.of(expected, ReviewEvent.Type.AGENT_STARTED, "bug", Map.of()));

    submitJson(json)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.outcome").value("accepted"));
    submitJson(json).andExpect(jsonPath("$.outcome").value("duplicate"));

    verify(publisher, times(1)).publish(any());
  }

  @Test
  void shouldAcceptFilesNoAgentAppliesToWithAnEmptyPlan() throws Exception {
    submitJson(files("{\"path\": \"docs/guide.md\", \"content\": \"# Guide\"}"))
        .andExpect(status().isAccepted());

    ArgumentCaptor<PlannedReview> planned = ArgumentCaptor.forClass(PlannedReview.class);
    verify(publisher).publish(planned.capture());
    assertThat(planned.getValue().tasks()).isEmpty();
    assertThat(planned.getValue().plan().tasks()).isEmpty();
  }

  @Test
  void shouldRejectMalformedJson() throws Exception {
    expectRejected(submitJson("{\"files\": [}"), 400, "malformed_request");
    expectRejected(submitJson("[1, 2]"), 400, "malformed_request");
    expectRejected(submitJson("null"), 400, "malformed_request");
  }

  @Test
  void shouldRejectEachInvalidFieldWith400AndName() throws Exception {
    expectRejected(submitJson("{\"files\": []}"), 400, "no_files")
        .andExpect(jsonPath("$.field").value("files"));
    expectRejected(
            submitJson(files("{\"path\": \"/etc/passwd\", \"content\": \"x\"}")),
            400,
            "invalid_path")
        .andExpect(jsonPath("$.field").value("files[0].path"));
    expectRejected(
        submitJson(files("{\"path\": \"a/../../b.py\", \"content\": \"x\"}")), 400, "invalid_path");
    expectRejected(
        submitJson(files("{\"path\": \"C:\\\\x.py\", \"content\": \"x\"}")), 400, "invalid_path");
    expectRejected(
        submitJson(
            files(
                "{\"path\": \"a.py\", \"content\": \"x\"}, {\"path\": \"a.py\", \"content\": \"y\"}")),
        400,
        "duplicate_path");
    expectRejected(
        submitJson(files("{\"path\": \"a.py\", \"content\": \"a\\u0000b\"}")),
        400,
        "binary_content");
    expectRejected(
        submitJson(files("{\"path\": \"a.py\", \"content\": \"" + "x".repeat(101) + "\"}")),
        400,
        "line_too_long");
    expectRejected(
        submitJson(
            "{\"agents\": [\"mystery\"], \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
        400,
        "unknown_agent");
    expectRejected(
        submitJson(
            "{\"agents\": [\"Bad Agent\"], \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
        400,
        "invalid_agent");
    expectRejected(
        submitJson(
            "{\"timeout\": \"PT2H\", \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
        400,
        "invalid_timeout");
    expectRejected(
            submitJson(
                "{\"timeout\": \"soon\", \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
            400,
            "invalid_timeout")
        .andExpect(jsonPath("$.field").value("timeout"));
    expectRejected(
        submitJson(
            "{\"reviewId\": \"nope\", \"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
        400,
        "invalid_review_id");
    verify(publisher, never()).publish(any());
  }

  @Test
  void shouldRejectAnInvalidRepositoryConfigWith400NamingKeyAndLine() throws Exception {
    expectRejected(
            submitJson(
                "{\"config\": \"paths:\\n  exclude: legacy\\n\", "
                    + "\"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"),
            400,
            "invalid_config")
        .andExpect(jsonPath("$.field").value("config"))
        .andExpect(
            jsonPath("$.message")
                .value(
                    ".review-panel.yml is invalid: line 2: paths.exclude must be a list, not text"));
    verify(publisher, never()).publish(any());
  }

  @Test
  void shouldRejectOversizedRequestsWith413() throws Exception {
    String four =
        "{\"path\": \"a.py\", \"content\": \"x\"}, {\"path\": \"b.py\", \"content\": \"x\"},"
            + " {\"path\": \"c.py\", \"content\": \"x\"}, {\"path\": \"d.py\", \"content\": \"x\"}";
    expectRejected(submitJson(files(four)), 413, "too_many_files");
    String kilobyteAndMore = ("y".repeat(99) + "\\n").repeat(21);
    expectRejected(
        submitJson(files("{\"path\": \"a.py\", \"content\": \"" + kilobyteAndMore + "\"}")),
        413,
        "file_too_large");
    String almostTwo = ("y".repeat(99) + "\\n").repeat(19);
    String three =
        "{\"path\": \"a.py\", \"content\": \""
            + almostTwo
            + "\"}, {\"path\": \"b.py\", \"content\": \""
            + almostTwo
            + "\"}, {\"path\": \"c.py\", \"content\": \""
            + almostTwo
            + "\"}";
    expectRejected(submitJson(files(three)), 413, "total_too_large");
    expectRejected(
        submitJson(files("{\"path\": \"a.py\", \"content\": \"" + "z".repeat(21_000) + "\"}")),
        413,
        "body_too_large");
    verify(publisher, never()).publish(any());
  }

  @Test
  void shouldRejectOtherContentTypesWith415() throws Exception {
    expectRejected(
        mvc.perform(post("/api/reviews").contentType(MediaType.TEXT_PLAIN).content("hello")),
        415,
        "unsupported_media_type");
    expectRejected(mvc.perform(post("/api/reviews").content("{}")), 415, "unsupported_media_type");
    verify(publisher, never()).publish(any());
    assertThat(meters.counter("review.requests", "outcome", "rejected").count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldBuildFilesFromARawDiffsPostImage() throws Exception {
    mvc.perform(
            post("/api/reviews?repository=acme/shop&agents=security")
                .contentType("text/x-diff")
                .content(Fixtures.text("diffs/multi-file.diff")))
        .andExpect(status().isAccepted());

    ArgumentCaptor<PlannedReview> planned = ArgumentCaptor.forClass(PlannedReview.class);
    verify(publisher).publish(planned.capture());
    assertThat(planned.getValue().request().source().repository()).isEqualTo("acme/shop");
    assertThat(planned.getValue().request().files())
        .extracting(f -> f.path())
        .containsExactly(
            "src/main/java/shop/OrderService.java", "app/views.py", "web/helpers/util.js");
    ReviewTask task = planned.getValue().tasks().get(0).task();
    assertThat(task.agent()).isEqualTo("security");
    ReviewTask.File service = task.files().get(0);
    assertThat(service.changedLines()).containsExactly(new LineRange(6, 7), new LineRange(24, 24));
    assertThat(service.content().split("\n", -1)[5]).isEqualTo("  private final int limit = 20;");
    assertThat(service.content().split("\n", -1)[0]).isEmpty();
  }

  @Test
  void shouldRejectABadRawDiff() throws Exception {
    byte[] latin1 =
        "--- a/x.py\n+++ b/x.py\n@@ -0,0 +1 @@\n+caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    expectRejected(
        mvc.perform(post("/api/reviews").contentType("text/x-diff").content(latin1)),
        400,
        "invalid_utf8");
    expectRejected(
        mvc.perform(
            post("/api/reviews")
                .contentType("text/x-diff")
                .content(Fixtures.text("diffs/truncated.diff"))),
        400,
        "invalid_diff");
    String onlyDeletion = "--- a/old.py\n+++ /dev/null\n@@ -1 +0,0 @@\n-x = 1\n";
    expectRejected(
        mvc.perform(post("/api/reviews").contentType("text/x-diff").content(onlyDeletion)),
        400,
        "no_files");
    expectRejected(
        mvc.perform(
            post("/api/reviews?timeout=later")
                .contentType("text/x-diff")
                .content(Fixtures.text("diffs/plain.diff"))),
        400,
        "invalid_timeout");
    verify(publisher, never()).publish(any());
  }

  private ResultActions submitJson(String json) throws Exception {
    return mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static String files(String entries) {
    return "{\"files\": [" + entries + "]}";
  }

  private static ResultActions expectRejected(ResultActions result, int status, String error)
      throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.error").value(error))
        .andExpect(jsonPath("$.message").isNotEmpty());
  }
}

package dev.reviewpanel.coordinator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.backpressure.Backlog;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
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
      "review.backpressure.max-backlog=3",
      "review.backpressure.retry-after=2s",
      "review.backpressure.rate-limit.per-second=0.01",
      "review.backpressure.rate-limit.burst=2"
    })
@Import(IntakeSlice.class)
class BackpressureControllerTests {

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;
  @Autowired Backlog backlog;
  // the broker is left out of this slice: what would be enqueued is captured instead
  @MockitoBean RequestQueue queue;

  @Test
  void shouldAnswer429WithRetryAfterAndEnqueueNothingWhenTheBacklogOrTheKeysRateIsFull()
      throws Exception {
    backlog.accepted("a", 1);
    backlog.accepted("b", 1);
    backlog.enqueued("c", 1);

    submit()
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "2"))
        .andExpect(jsonPath("$.error").value("backlog_full"))
        .andExpect(jsonPath("$.message").isNotEmpty());

    backlog.finished("a");
    submit().andExpect(status().isAccepted());
    // the bucket's burst of two is spent: one refill takes 100 s at 0.01/s
    submit()
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "100"))
        .andExpect(jsonPath("$.error").value("rate_limited"));

    verify(queue, times(1)).enqueue(any(), any());
    assertThat(meters.counter("review.requests", "outcome", "rejected_backpressure").count())
        .isEqualTo(1);
    assertThat(meters.counter("review.requests", "outcome", "rejected_rate_limit").count())
        .isEqualTo(1);
    assertThat(meters.get("review.backlog").gauge().value()).isEqualTo(3);
  }

  private ResultActions submit() throws Exception {
    return mvc.perform(
        post("/api/reviews")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"files\": [{\"path\": \"a.py\", \"content\": \"x = 1\\n\"}]}"));
  }
}

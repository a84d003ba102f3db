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
import dev.reviewpanel.testsupport.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
      "review.backpressure.max-retry-after=30s",
      "review.backpressure.rate-limit.per-second=0.01",
      "review.backpressure.rate-limit.burst=5"
    })
@Import({IntakeSlice.class, BackpressureControllerTests.Clocks.class})
class BackpressureControllerTests {

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
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

    // no report seen yet, so no drain rate: the configured floor
    submit()
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "2"))
        .andExpect(jsonPath("$.error").value("backlog_full"))
        .andExpect(jsonPath("$.message").isNotEmpty());

    // reviews of one line each reported every 2 s: the three waiting take about 6 s
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofSeconds(i == 0 ? 0 : 2));
      backlog.accepted("done-" + i, 1);
      backlog.finished("done-" + i);
    }
    long threeWaiting = retryAfter(submit().andExpect(status().isTooManyRequests()));
    backlog.enqueued("d", 1);
    long fourWaiting = retryAfter(submit().andExpect(status().isTooManyRequests()));
    assertThat(threeWaiting).isBetween(2L, 30L).isEqualTo(6);
    assertThat(fourWaiting).isBetween(2L, 30L).isGreaterThan(threeWaiting);
    backlog.enqueued("e", 100);
    assertThat(retryAfter(submit().andExpect(status().isTooManyRequests())))
        .as("at most max-retry-after")
        .isEqualTo(30);

    backlog.finished("a");
    backlog.finished("d");
    backlog.finished("e");
    submit().andExpect(status().isAccepted());
    // the bucket's burst of five is spent (a refusal spends a token too): a whole token takes 100 s
    // at 0.01/s, less what has refilled (in real time) since the burst began
    long untilToken =
        retryAfter(
            submit()
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("rate_limited")));
    assertThat(untilToken).isBetween(90L, 100L);

    verify(queue, times(1)).enqueue(any(), any());
    assertThat(meters.counter("review.requests", "outcome", "rejected_backpressure").count())
        .isEqualTo(4);
    assertThat(meters.counter("review.requests", "outcome", "rejected_rate_limit").count())
        .isEqualTo(1);
    assertThat(meters.get("review.backlog").gauge().value()).isEqualTo(3);
  }

  private static long retryAfter(ResultActions refused) {
    return Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Clocks {

    // the backlog's drain rate is measured on this clock, which moves when the test moves it
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock(Instant.now());
    }
  }

  private ResultActions submit() throws Exception {
    return mvc.perform(
        post("/api/reviews")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"files\": [{\"path\": \"a.py\", \"content\": \"x = 1\\n\"}]}"));
  }
}

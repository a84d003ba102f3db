package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.BackpressureException;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns rejections into {@code {"error", "message", "field"}} bodies with the matching status. */
@RestControllerAdvice(assignableTypes = ReviewSubmissionController.class)
class RejectionAdvice {

  private static final Logger log = LoggerFactory.getLogger(RejectionAdvice.class);

  @ExceptionHandler(ReviewRejectedException.class)
  ResponseEntity<Map<String, Object>> rejected(ReviewRejectedException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.rejection().code());
    body.put("message", e.getMessage());
    if (e.field() != null) {
      body.put("field", e.field());
    }
    return ResponseEntity.status(e.rejection().httpStatus())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  @ExceptionHandler(BackpressureException.class)
  ResponseEntity<Map<String, Object>> refused(BackpressureException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("error", e.code(), "message", e.getMessage()));
  }

  // the broker did not take the submission: nothing was published, the client may retry
  @ExceptionHandler({KafkaException.class, org.springframework.kafka.KafkaException.class})
  ResponseEntity<Map<String, Object>> unavailable(RuntimeException e) {
    log.warn("Could not enqueue a review: {}", e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "error", "unavailable",
                "message", "the review could not be enqueued; nothing was published, retry later"));
  }
}

package dev.reviewpanel.coordinator.readmodel;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The JSON 404 for a review this instance does not know. */
final class NotFound {

  private NotFound() {}

  static ResponseEntity<Object> review(String reviewId) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "error", "review_not_found",
                "message", "no review " + reviewId + " is known here",
                "path", "/api/reviews/" + reviewId));
  }
}

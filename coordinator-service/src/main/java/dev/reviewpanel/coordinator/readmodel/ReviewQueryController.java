package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.report.render.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reviews/{id}} and its report as JSON, Markdown or SARIF. */
@RestController
class ReviewQueryController {

  static final MediaType MARKDOWN = MediaType.parseMediaType(ReportFormat.MARKDOWN.mediaType());
  static final MediaType SARIF = MediaType.parseMediaType(ReportFormat.SARIF.mediaType());

  private final ReviewStore store;

  ReviewQueryController(ReviewStore store) {
    this.store = store;
  }

  @GetMapping("/api/reviews/{reviewId}")
  ResponseEntity<?> review(@PathVariable String reviewId) {
    Optional<ReviewView> view = store.find(reviewId);
    return view.<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> NotFound.review(reviewId));
  }

  /**
   * The report in the format the client accepts ({@code ?format=json|markdown|sarif} wins); 202
   * with the current status while it is not ready, 410 once it was evicted from memory.
   */
  @GetMapping("/api/reviews/{reviewId}/report")
  ResponseEntity<?> report(
      @PathVariable String reviewId,
      @RequestHeader(value = "Accept", required = false) String accept,
      @RequestParam(value = "format", required = false) String format) {
    Optional<ReviewView> view = store.find(reviewId);
    if (view.isEmpty()) {
      return NotFound.review(reviewId);
    }
    ReviewReport report = view.get().report();
    if (view.get().reportEvicted()) {
      return evicted(reviewId, view.get().status());
    }
    if (report == null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("reviewId", reviewId);
      body.put("status", view.get().status());
      body.put("message", "the report is not ready yet");
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .header("Retry-After", "1")
          .contentType(MediaType.APPLICATION_JSON)
          .body(body);
    }
    MediaType type = choose(accept, format);
    if (MARKDOWN.equalsTypeAndSubtype(type)) {
      return ResponseEntity.ok()
          .contentType(new MediaType(MARKDOWN, StandardCharsets.UTF_8))
          .body(ReportFormat.MARKDOWN.render(report));
    }
    if (SARIF.equalsTypeAndSubtype(type)) {
      return ResponseEntity.ok().contentType(SARIF).body(ReportFormat.SARIF.render(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  // only the newest reports stay in memory; the compacted topic keeps every review's latest one
  private static ResponseEntity<?> evicted(String reviewId, ReviewStatus status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "report_evicted");
    body.put("reviewId", reviewId);
    body.put("status", status);
    body.put(
        "message",
        "the report is no longer held in memory; read it from the "
            + Topics.REVIEW_REPORTS
            + " topic (key "
            + reviewId
            + ")");
    return ResponseEntity.status(HttpStatus.GONE)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  private static MediaType choose(String accept, String format) {
    if (format != null) {
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "markdown", "md" -> MARKDOWN;
        case "sarif" -> SARIF;
        default -> MediaType.APPLICATION_JSON;
      };
    }
    if (accept == null || accept.isBlank()) {
      return MediaType.APPLICATION_JSON;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_JSON;
    }
    accepted = new ArrayList<>(accepted);
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType candidate : accepted) {
      for (MediaType offered : List.of(MediaType.APPLICATION_JSON, MARKDOWN, SARIF)) {
        if (candidate.equalsTypeAndSubtype(offered)) {
          return offered;
        }
      }
    }
    return MediaType.APPLICATION_JSON;
  }
}

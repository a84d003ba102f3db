package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.BackpressureException;
import dev.reviewpanel.coordinator.backpressure.IntakeGate;
import dev.reviewpanel.coordinator.readmodel.ReviewStore;
import dev.reviewpanel.coordinator.readmodel.ReviewView;
import dev.reviewpanel.coordinator.validation.Rejection;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.SourceRef;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reviews}: a JSON {@code ReviewRequest}, or a raw unified diff ({@code
 * text/x-diff}) with optional query parameters. 202 for a review enqueued, 200 for one known here,
 * 429 with {@code Retry-After} when the backlog, the intake's queue or the key's rate is full.
 */
@RestController
class ReviewSubmissionController {

  static final MediaType DIFF = MediaType.parseMediaType("text/x-diff");
  static final MediaType PATCH = MediaType.parseMediaType("text/x-patch");

  private final ReviewIntake intake;
  private final RequestBodyReader reader;
  private final RawDiffRequests rawDiffs;
  private final ReviewStore store;
  private final RequestOutcomes outcomes;
  private final IntakeGate gate;

  ReviewSubmissionController(
      ReviewIntake intake,
      RequestBodyReader reader,
      RawDiffRequests rawDiffs,
      ReviewStore store,
      RequestOutcomes outcomes,
      IntakeGate gate) {
    this.intake = intake;
    this.gate = gate;
    this.reader = reader;
    this.rawDiffs = rawDiffs;
    this.store = store;
    this.outcomes = outcomes;
  }

  @PostMapping("/api/reviews")
  ResponseEntity<SubmissionResponse> submit(
      HttpServletRequest http,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyHeader,
      @RequestParam(required = false) String repository,
      @RequestParam(required = false) String pullRequest,
      @RequestParam(required = false) String commit,
      @RequestParam(required = false) String ref,
      @RequestParam(required = false) List<String> agents,
      @RequestParam(required = false) String timeout,
      @RequestParam(required = false) String idempotencyKey) {
    // before the body is even read: refusing must cost next to nothing
    try (IntakeGate.Pass pass = admit(http)) {
      ReviewRequest request;
      try {
        MediaType type = contentType(http.getContentType());
        byte[] body = reader.read(http);
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
            || "json".equals(type.getSubtypeSuffix())) {
          request = withIdempotencyKey(reader.json(body), idempotencyHeader);
        } else {
          SourceRef source =
              Stream.of(repository, pullRequest, commit, ref).allMatch(Objects::isNull)
                  ? null
                  : new SourceRef(repository, pullRequest, commit, ref);
          String key = idempotencyKey != null ? idempotencyKey : idempotencyHeader;
          request =
              rawDiffs.toRequest(
                  reader.utf8(body), new RawDiffParameters(source, agents, timeout, key));
        }
      } catch (ReviewRejectedException e) {
        outcomes.rejected();
        throw e;
      }
      return respond(intake.submit(request));
    }
  }

  private IntakeGate.Pass admit(HttpServletRequest http) {
    try {
      return gate.admit((String) http.getAttribute(IntakeGate.CLIENT_ATTRIBUTE));
    } catch (BackpressureException e) {
      outcomes.refused(e.refusal());
      throw e;
    }
  }

  private ResponseEntity<SubmissionResponse> respond(IntakeResult result) {
    String id = result.reviewId();
    String self = "/api/reviews/" + id;
    String status = store.find(id).map(ReviewView::status).map(Enum::name).orElse("PENDING");
    SubmissionResponse body =
        new SubmissionResponse(
            id,
            result.duplicate() ? status : "PENDING",
            result.duplicate() ? "duplicate" : "accepted",
            Map.of("self", self, "report", self + "/report", "events", self + "/events"));
    HttpStatus code = result.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED;
    return ResponseEntity.status(code).location(URI.create(self)).body(body);
  }

  private static MediaType contentType(String header) {
    MediaType type;
    try {
      type = header == null ? null : MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      type = null;
    }
    boolean supported =
        type != null
            && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || "json".equals(type.getSubtypeSuffix())
                || type.isCompatibleWith(DIFF)
                || type.isCompatibleWith(PATCH));
    if (!supported || type.isWildcardType() || type.isWildcardSubtype()) {
      throw new ReviewRejectedException(
          Rejection.UNSUPPORTED_MEDIA_TYPE,
          "send application/json (a ReviewRequest) or text/x-diff (a unified diff), not " + header);
    }
    return type;
  }

  private static ReviewRequest withIdempotencyKey(ReviewRequest request, String header) {
    if (header == null || header.equals(request.idempotencyKey())) {
      return request;
    }
    if (request.idempotencyKey() != null) {
      throw new ReviewRejectedException(
          Rejection.INVALID_IDEMPOTENCY_KEY,
          "the Idempotency-Key header contradicts the body's idempotencyKey",
          "idempotencyKey");
    }
    return request.withIdempotencyKey(header);
  }

  /** The answer to a submission, with where to look next. */
  record SubmissionResponse(
      String reviewId, String status, String outcome, Map<String, String> links) {}
}

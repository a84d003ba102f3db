package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.validation.LimitsProperties;
import dev.reviewpanel.coordinator.validation.Rejection;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Reads a submission body within the size limit and decodes it: JSON into a request, a diff into
 * strict UTF-8 text. The body is read here rather than by Spring so every failure gets our errors.
 */
@Component
class RequestBodyReader {

  private final long maxBodyBytes;

  RequestBodyReader(LimitsProperties limits) {
    this.maxBodyBytes = limits.maxBodyBytes().toBytes();
  }

  byte[] read(HttpServletRequest http) {
    if (http.getContentLengthLong() > maxBodyBytes) {
      throw tooLarge();
    }
    try (InputStream in = http.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (body.length > maxBodyBytes) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
  }

  ReviewRequest json(byte[] body) {
    ReviewRequest request;
    try {
      request = EventJson.mapper().readValue(body, ReviewRequest.class);
    } catch (DatabindException e) {
      String path = JsonProblem.field(e);
      Rejection rejection =
          path != null && path.startsWith("timeout")
              ? Rejection.INVALID_TIMEOUT
              : Rejection.MALFORMED_REQUEST;
      throw new ReviewRejectedException(rejection, JsonProblem.describe(e), path);
    } catch (JacksonException e) {
      throw new ReviewRejectedException(
          Rejection.MALFORMED_REQUEST,
          "body is not valid JSON: " + JsonProblem.firstLine(e.getOriginalMessage()));
    }
    if (request == null) {
      throw new ReviewRejectedException(Rejection.MALFORMED_REQUEST, "body must be a JSON object");
    }
    return request;
  }

  String utf8(byte[] body) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ReviewRejectedException(
          Rejection.INVALID_UTF8, "the diff is not valid UTF-8 text", "body");
    }
  }

  private ReviewRejectedException tooLarge() {
    return new ReviewRejectedException(
        Rejection.BODY_TOO_LARGE, "request body is larger than " + maxBodyBytes + " bytes");
  }
}

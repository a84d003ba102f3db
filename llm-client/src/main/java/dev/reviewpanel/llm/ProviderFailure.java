package dev.reviewpanel.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Why a model call failed, in the {@code kind} values of {@code review_llm_errors_total}.
 *
 * @param retriable true when trying again later may succeed (the task goes to a retry topic)
 * @param retryAfter the provider's requested wait on a 429, or null
 */
record ProviderFailure(String kind, boolean retriable, Duration retryAfter, String detail) {

  static final String TIMEOUT = "timeout";
  static final String RATE_LIMITED = "rate_limited";
  static final String SERVER_ERROR = "server_error";
  static final String CONNECTION = "connection";
  static final String INVALID_RESPONSE = "invalid_response";
  static final String REJECTED = "rejected";
  static final String CIRCUIT_OPEN = "circuit_open";
  static final String BUDGET_EXHAUSTED = "budget_exhausted";

  static ProviderFailure of(Throwable failure) {
    Duration retryAfter = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProviderHttpClient.ProviderHttpException http) {
        retryAfter = http.retryAfter();
      }
      if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
        return new ProviderFailure(TIMEOUT, true, null, "the model did not answer in time");
      }
      if (t instanceof RateLimitException) {
        return new ProviderFailure(
            RATE_LIMITED, true, retryAfterIn(t), "rate limited by the provider (429)");
      }
      if (t instanceof InternalServerException) {
        return new ProviderFailure(SERVER_ERROR, true, null, "provider error: " + status(t));
      }
      if (t instanceof AuthenticationException
          || t instanceof ModelNotFoundException
          || t instanceof InvalidRequestException
          || t instanceof UnresolvedModelServerException) {
        return new ProviderFailure(REJECTED, false, null, "provider refused: " + status(t));
      }
      if (t instanceof com.fasterxml.jackson.core.JacksonException) {
        // a 200 whose body is not the provider's JSON: retrying the same server rarely helps
        return new ProviderFailure(
            INVALID_RESPONSE, false, null, "unreadable reply body from the provider");
      }
      if (t instanceof IOException) {
        return new ProviderFailure(
            CONNECTION, true, null, "connection failed: " + t.getClass().getSimpleName());
      }
    }
    return new ProviderFailure(
        INVALID_RESPONSE,
        false,
        retryAfter,
        "unreadable reply: " + failure.getClass().getSimpleName());
  }

  private static Duration retryAfterIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ProviderHttpClient.ProviderHttpException http) {
        return http.retryAfter();
      }
    }
    return null;
  }

  private static String status(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof HttpException http) {
        return "HTTP " + http.statusCode();
      }
    }
    return t.getClass().getSimpleName();
  }
}

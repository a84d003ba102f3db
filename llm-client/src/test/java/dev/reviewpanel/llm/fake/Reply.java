package dev.reviewpanel.llm.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How the fake server answers one request.
 *
 * @param status HTTP status; 200 carries {@code content} as the assistant message
 * @param content the assistant message text (JSON, fenced JSON, prose, anything)
 * @param latency how long to wait before answering
 * @param retryAfter a {@code Retry-After} header value, or null
 * @param dropConnection answer with a truncated body and close the connection
 */
public record Reply(
    int status,
    String content,
    int inputTokens,
    int outputTokens,
    Duration latency,
    String retryAfter,
    boolean dropConnection) {

  /** A 200 whose assistant message is {@code content}, verbatim. */
  public static Reply json(String content) {
    return new Reply(200, content, 120, 40, Duration.ZERO, null, false);
  }

  /** A 200 with {@code {"findings":[...]}} built from the given finding objects. */
  public static Reply findings(String... findingObjects) {
    return json("{\"findings\":[" + String.join(",", findingObjects) + "]}");
  }

  /** One finding object in the shape the reviewer asks for. */
  public static String finding(String path, int line, String category, String severity) {
    return "{\"path\":\""
        + path
        + "\",\"startLine\":"
        + line
        + ",\"endLine\":"
        + line
        + ",\"category\":\""
        + category
        + "\",\"severity\":\""
        + severity
        + "\",\"confidence\":\"MEDIUM\",\"title\":\"Model finding "
        + category
        + "\",\"message\":\"The model thinks line "
        + line
        + " has a "
        + category
        + " problem.\",\"recommendation\":\"Fix it.\",\"cwe\":null}";
  }

  public static Reply status(int status) {
    return new Reply(status, "", 0, 0, Duration.ZERO, null, false);
  }

  public static Reply droppedConnection() {
    return new Reply(200, "", 0, 0, Duration.ZERO, null, true);
  }

  public Reply after(Duration latency) {
    return new Reply(
        status, content, inputTokens, outputTokens, latency, retryAfter, dropConnection);
  }

  public Reply retryAfter(String value) {
    return new Reply(status, content, inputTokens, outputTokens, latency, value, dropConnection);
  }

  public Reply tokens(int input, int output) {
    return new Reply(status, content, input, output, latency, retryAfter, dropConnection);
  }

  /** Holds the answer for the simulated model latency, or until the server closes. */
  void delay(CountDownLatch closed) {
    if (!latency.isZero()) {
      try {
        closed.await(latency.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

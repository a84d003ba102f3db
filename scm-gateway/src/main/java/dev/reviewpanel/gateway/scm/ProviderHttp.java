package dev.reviewpanel.gateway.scm;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * HTTP to one provider's REST API: its auth headers on every call, pages followed through {@code
 * Link: <...>; rel="next"} (both GitHub and GitLab send it), and every failure classified as worth
 * retrying ({@link ProviderUnavailableException}) or not ({@link ProviderRejectedException}).
 */
public final class ProviderHttp {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final int MAX_PAGES = 200;

  private final Provider provider;
  private final HttpClient client;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final Clock clock;
  private final ProviderMetrics metrics;

  public ProviderHttp(
      Provider provider,
      Map<String, String> headers,
      Duration timeout,
      Clock clock,
      ProviderMetrics metrics) {
    this.provider = provider;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.clock = clock;
    this.metrics = metrics;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** GET; a 404 is returned (not thrown) when {@code missingIsAnswer}. */
  public ProviderResponse get(URI uri, String accept, boolean missingIsAnswer) {
    HttpRequest.Builder request = builder(uri).GET();
    if (accept != null) {
      request.setHeader("Accept", accept);
    }
    return send(request.build(), missingIsAnswer);
  }

  /** Sends a JSON body with {@code method} (POST, PATCH, PUT). */
  public ProviderResponse send(String method, URI uri, Object body) {
    byte[] json = EventJson.mapper().writeValueAsBytes(body);
    HttpRequest request =
        builder(uri)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(json))
            .build();
    return send(request, false);
  }

  /** Every element of a paginated JSON array, following {@code rel="next"} links. */
  public List<JsonNode> pages(URI first) {
    List<JsonNode> items = new ArrayList<>();
    URI next = first;
    for (int page = 0; next != null; page++) {
      if (page == MAX_PAGES) {
        throw new ProviderRejectedException(
            0, provider.displayName() + " returned more than " + MAX_PAGES + " pages: " + first);
      }
      ProviderResponse response = get(next, null, false);
      response.json().forEach(items::add);
      next = response.headers().firstValue("link").map(ProviderHttp::nextLink).orElse(null);
    }
    return items;
  }

  static URI nextLink(String link) {
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? URI.create(matcher.group(1)) : null;
  }

  private HttpRequest.Builder builder(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
    headers.forEach(builder::setHeader);
    return builder;
  }

  private ProviderResponse send(HttpRequest request, boolean missingIsAnswer) {
    String call = request.method() + " " + request.uri().getPath();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      metrics.call(provider, "unreachable");
      throw new ProviderUnavailableException(
          provider.displayName() + " unreachable on " + call + ": " + e, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted on " + call, null, e);
    }
    int status = response.statusCode();
    metrics.call(provider, String.valueOf(status));
    ProviderResponse answer = new ProviderResponse(status, response.headers(), response.body());
    if (answer.found() || (status == 404 && missingIsAnswer)) {
      return answer;
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    String what = provider.displayName() + " answered " + status + " to " + call;
    if (status == 429
        || status / 100 == 5
        || (status == 403 && RateLimitSignals.limited(response.headers(), body))) {
      Duration wait = RateLimitSignals.retryAfter(response.headers(), clock);
      throw new ProviderUnavailableException(
          what + (wait == null ? "" : " (retry after " + wait.toSeconds() + " s)"), wait, null);
    }
    throw new ProviderRejectedException(status, what + ": " + message(body));
  }

  // both providers explain refusals in a "message" field; keep it short for dead-letter headers
  private static String message(String body) {
    String text = body;
    try {
      JsonNode json = EventJson.mapper().readTree(body);
      if (json.hasNonNull("message")) {
        text = json.get("message").toString();
        if (json.has("errors")) {
          text += " " + json.get("errors");
        }
      }
    } catch (RuntimeException notJson) {
      // keep the raw text
    }
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}

package dev.reviewpanel.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * langchain4j's HTTP transport over the JDK client, keeping what the stock one drops: a failed
 * reply's {@code Retry-After} header, carried by {@link ProviderHttpException}.
 */
final class ProviderHttpClient implements HttpClient {

  private final java.net.http.HttpClient client;
  private final Duration readTimeout;

  private ProviderHttpClient(Duration connectTimeout, Duration readTimeout) {
    this.client =
        java.net.http.HttpClient.newBuilder()
            .version(Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    this.readTimeout = readTimeout;
  }

  static HttpClientBuilder builder() {
    return new Builder();
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder jdk =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
    request.headers().forEach((name, values) -> values.forEach(v -> jdk.header(name, v)));
    jdk.method(
        request.method().name(),
        request.body() == null
            ? BodyPublishers.noBody()
            : BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response = client.send(jdk.build(), BodyHandlers.ofByteArray());
      if (response.statusCode() < 200 || response.statusCode() >= 300) {
        throw new ProviderHttpException(
            response.statusCode(),
            new String(response.body(), StandardCharsets.UTF_8),
            RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)));
      }
      return SuccessfulHttpResponse.builder()
          .statusCode(response.statusCode())
          .headers(response.headers().map())
          .body(response.body())
          .build();
    } catch (HttpTimeoutException e) {
      throw new TimeoutException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the model", e);
    }
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("the reviewer does not stream"));
  }

  /** A non-2xx reply, with the server's {@code Retry-After} when it sent one. */
  static final class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
      super(statusCode, body);
      this.retryAfter = retryAfter;
    }

    /** The server's requested wait, or null. */
    Duration retryAfter() {
      return retryAfter;
    }
  }

  private static final class Builder implements HttpClientBuilder {

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new ProviderHttpClient(connectTimeout, readTimeout);
    }
  }
}

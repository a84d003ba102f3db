package eval.async;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

public class AsyncHttpClient {
  private final HttpClient http = HttpClient.newHttpClient();

  public CompletableFuture<String> body(String url) {
    return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(HttpResponse::body);
  }
}

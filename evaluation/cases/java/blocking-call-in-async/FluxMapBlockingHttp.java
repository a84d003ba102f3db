package eval.async;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import reactor.core.publisher.Flux;

public class FluxMapBlockingHttp {
  private final HttpClient http = HttpClient.newHttpClient();

  public Flux<String> bodies(Flux<String> urls) {
    return urls.map(url -> {
      try {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body(); // expect: blocking-call-in-async
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}

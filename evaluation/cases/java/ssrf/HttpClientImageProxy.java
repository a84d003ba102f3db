package eval.ssrf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;

public class HttpClientImageProxy {
  private final HttpClient client = HttpClient.newHttpClient();

  public byte[] fetch(HttpServletRequest req) throws IOException, InterruptedException {
    URI uri = URI.create(req.getParameter("img"));
    HttpRequest get = HttpRequest.newBuilder(uri).build(); // expect: ssrf
    return client.send(get, HttpResponse.BodyHandlers.ofByteArray()).body();
  }
}

package eval.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;

public class UrlOpenConnectionHeader {
  public byte[] fetchLogo(HttpServletRequest request) throws IOException {
    String logo = request.getHeader("X-Logo-Url");
    HttpURLConnection connection = (HttpURLConnection) new URL(logo).openConnection(); // expect: ssrf
    try (InputStream in = connection.getInputStream()) {
      return in.readAllBytes();
    }
  }
}

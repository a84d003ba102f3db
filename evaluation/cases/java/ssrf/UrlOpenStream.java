package eval.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;

public class UrlOpenStream {
  public byte[] preview(HttpServletRequest request) throws IOException {
    String link = request.getParameter("url");
    URL url = new URL(link);
    try (InputStream in = url.openStream()) { // expect: ssrf
      return in.readNBytes(4096);
    }
  }
}

package eval.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;

public class NumericIdFixedHost {
  public byte[] invoice(HttpServletRequest request) throws IOException {
    long id = Long.parseLong(request.getParameter("id"));
    URL url = new URL("https://billing.internal.example.com/invoices/" + id + ".pdf");
    try (InputStream in = url.openConnection().getInputStream()) {
      return in.readAllBytes();
    }
  }
}

package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HostFromHeader {
  public void toCanonical(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String host = request.getHeader("X-Forwarded-Host");
    response.sendRedirect("https://" + host + "/welcome"); // expect: open-redirect
  }
}

package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LocalPathGuard {
  public void afterLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String returnTo = request.getParameter("returnTo");
    if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//")) {
      response.sendRedirect("/home");
      return;
    }
    response.sendRedirect(returnTo);
  }
}

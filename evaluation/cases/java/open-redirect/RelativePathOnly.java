package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RelativePathOnly {
  public void done(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String next = req.getParameter("next");
    if (next == null || !next.matches("/[a-z0-9/-]*")) {
      next = "/";
    }
    resp.sendRedirect(next);
  }
}

package eval.redirect;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class AllowListedRedirect {
  private static final Set<String> ALLOWED = Set.of("/home", "/account", "/orders");

  public void afterLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String target = req.getParameter("returnUrl");
    if (!ALLOWED.contains(target)) {
      target = "/home";
    }
    resp.sendRedirect(target);
  }
}

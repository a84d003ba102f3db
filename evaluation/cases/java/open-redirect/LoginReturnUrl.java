package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginReturnUrl {
  public void afterLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String target = req.getParameter("returnUrl");
    resp.sendRedirect(target); // expect: open-redirect
  }
}

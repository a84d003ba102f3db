package eval.redirect;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LocationHeader {
  public void bounce(HttpServletRequest req, HttpServletResponse resp) {
    String dest = req.getHeader("Referer");
    resp.setStatus(302);
    resp.setHeader("Location", dest); // expect: open-redirect
  }
}

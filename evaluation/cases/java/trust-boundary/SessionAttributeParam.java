package eval.trust;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class SessionAttributeParam {
  public void remember(HttpServletRequest request) {
    String role = request.getParameter("role");
    HttpSession session = request.getSession();
    session.setAttribute("role", role); // expect: trust-boundary
  }
}

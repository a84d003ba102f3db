package eval.trust;

import javax.servlet.http.HttpServletRequest;

public class SessionHeaderValue {
  public void tenant(HttpServletRequest request) {
    String tenant = request.getHeader("X-Tenant");
    request.getSession().setAttribute("tenant", tenant.trim()); // expect: trust-boundary
  }
}

package eval.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SessionPutValue extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String account = request.getParameter("account");
    request.getSession().putValue("account", account); // expect: trust-boundary
    response.sendRedirect("dashboard");
  }
}

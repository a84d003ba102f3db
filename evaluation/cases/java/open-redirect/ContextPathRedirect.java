package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ContextPathRedirect extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String user = request.getParameter("user");
    request.getSession().invalidate();
    log("logged out " + user);
    response.sendRedirect(request.getContextPath() + "/login?loggedOut=true");
  }
}

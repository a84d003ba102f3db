package eval.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class SessionConstantValue extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String plan = request.getParameter("plan");
    HttpSession session = request.getSession();
    String stored = plan;
    stored = "trial";
    session.setAttribute("plan", stored);
    response.sendRedirect("welcome");
  }
}

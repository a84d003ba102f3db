package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DeadConditionalEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String input = request.getParameter("input");
    int num = 196;
    String shown = (7 * 18) + num > 200 ? "This_should_always_happen" : input;
    response.getWriter().print(shown);
  }
}

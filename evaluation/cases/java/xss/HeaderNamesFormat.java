package eval.xss;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HeaderNamesFormat extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String custom = "";
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      if (name.startsWith("X-Debug-")) {
        custom = name;
        break;
      }
    }
    response.setContentType("text/html");
    Object[] args = {"debug", "on"};
    response.getWriter().format(custom + ": %s=%s", args); // expect: xss
  }
}

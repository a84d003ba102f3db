package eval.xss;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ParameterNamesLoop extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String chosen = "";
    boolean searching = true;
    Enumeration<String> names = request.getParameterNames();
    while (names.hasMoreElements() && searching) {
      String name = names.nextElement();
      String[] values = request.getParameterValues(name);
      if (values != null) {
        for (int i = 0; i < values.length && searching; i++) {
          if (values[i].equals("selected")) {
            chosen = name;
            searching = false;
          }
        }
      }
    }
    response.getWriter().println("<b>" + chosen + "</b> was selected"); // expect: xss
  }
}

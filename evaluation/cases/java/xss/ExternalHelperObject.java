package eval.xss;

import com.acme.text.Formatter;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ExternalHelperObject extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String title = request.getParameter("title");
    String shown = new Formatter().titleCase(title);
    response.getWriter().println("<h1>" + shown + "</h1>"); // expect: xss
  }
}

package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OverwrittenMessage {
  public void error(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String message = req.getParameter("msg");
    message = "Something went wrong";
    resp.setContentType("text/html");
    resp.getWriter().println("<div class=\"error\">" + message + "</div>");
  }
}

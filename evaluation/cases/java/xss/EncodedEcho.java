package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class EncodedEcho {
  public void render(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String q = req.getParameter("q");
    String safe = HtmlUtils.htmlEscape(q);
    resp.setContentType("text/html");
    resp.getWriter().println("<h1>Results for " + safe + "</h1>");
  }
}

package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class HtmlUtilsHelper extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String q = request.getParameter("q");
    response.getWriter().print("<p>No results for " + display(q) + "</p>");
  }

  private String display(String query) {
    if (query == null || query.isBlank()) {
      return "(empty)";
    }
    return HtmlUtils.htmlEscape(query.trim());
  }
}

package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HeaderFormatted {
  public void render(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String agent = req.getHeader("User-Agent");
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>Your browser: ").append(agent).append("</div>");
    html.append("</body></html>");
    resp.getWriter().write(html.toString()); // expect: xss
  }
}

package eval.xss;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class RegexHighlightEscapedText extends HttpServlet {
  private static final String TITLE = "Espresso machine <deluxe> & grinder";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Pattern pattern = Pattern.compile(req.getParameter("q"), Pattern.CASE_INSENSITIVE);
    Matcher m = pattern.matcher(HtmlUtils.htmlEscape(TITLE));
    resp.setContentType("text/html");
    resp.getWriter().println("<li>" + m.replaceAll("<mark>$0</mark>") + "</li>");
  }
}

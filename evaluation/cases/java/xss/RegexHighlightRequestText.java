package eval.xss;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RegexHighlightRequestText extends HttpServlet {
  private static final Pattern WORDS = Pattern.compile("\\b(sale|new)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Matcher m = WORDS.matcher(req.getParameter("title"));
    resp.setContentType("text/html");
    resp.getWriter().println("<li>" + m.replaceAll("<mark>$0</mark>") + "</li>"); // expect: xss
  }
}

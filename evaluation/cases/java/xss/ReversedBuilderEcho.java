package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ReversedBuilderEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String word = request.getParameter("word");
    StringBuilder sb = new StringBuilder(word);
    sb.reverse();
    sb.replace(0, 1, sb.substring(0, 1).toUpperCase());
    response.getWriter().println("<em>" + sb + "</em> is your word reversed."); // expect: xss
  }
}

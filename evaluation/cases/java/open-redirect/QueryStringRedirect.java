package eval.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class QueryStringRedirect extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String query = request.getQueryString();
    String next = "/home";
    if (query != null && query.startsWith("next=")) {
      next = query.substring("next=".length());
    }
    response.sendRedirect(next); // expect: open-redirect
  }
}

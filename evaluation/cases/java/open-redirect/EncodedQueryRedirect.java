package eval.redirect;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class EncodedQueryRedirect {
  public void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String q = request.getParameter("q");
    response.sendRedirect("/search/results?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }
}

package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class JsonCountOnly {
  public void count(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int pageSize = Integer.parseInt(req.getParameter("size"));
    resp.setContentType("application/json");
    resp.getWriter().print("{\"pageSize\": " + pageSize + "}");
  }
}

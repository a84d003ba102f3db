package eval.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DeadDebugBranch {
  private static final int DEBUG_LEVEL = 0;

  public void show(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String trace = req.getParameter("trace");
    PrintWriter out = resp.getWriter();
    if (DEBUG_LEVEL > 2) {
      out.println("<pre>" + trace + "</pre>");
    }
    out.println("<p>ok</p>");
  }
}

package eval.path;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DownloadServlet extends HttpServlet {
  private static final String BASE = "/srv/reports/";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("file");
    try (InputStream in = new FileInputStream(BASE + name)) { // expect: path-traversal
      in.transferTo(resp.getOutputStream());
    }
  }
}

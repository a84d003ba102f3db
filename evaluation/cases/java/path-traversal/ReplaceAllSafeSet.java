package eval.path;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ReplaceAllSafeSet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name").replaceAll("[^A-Za-z0-9_-]", "");
    try (InputStream in = new FileInputStream("/srv/reports/" + name + ".csv")) {
      in.transferTo(resp.getOutputStream());
    }
  }
}

package eval.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ConstantChildFile extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String section = request.getParameter("section");
    Properties props = new Properties();
    try (FileInputStream in = new FileInputStream(new File("/etc/app", "settings.properties"))) {
      props.load(in);
    }
    response.getWriter().println(props.containsKey(section) ? "configured" : "missing");
  }
}

package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RuntimeExecEnvironment extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String locale = request.getParameter("locale");
    String[] env = {"LANG=" + locale, "PATH=/usr/bin"};
    Process process = Runtime.getRuntime().exec(new String[] {"/usr/bin/report", "--daily"}, env); // expect: command-injection
    response.getWriter().println("started " + process.pid());
  }
}

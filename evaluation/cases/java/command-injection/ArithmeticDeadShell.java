package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ArithmeticDeadShell extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String dir = request.getParameter("dir");
    int num = 86;
    String target = (7 * 42) - num > 200 ? "/var/log" : dir;
    Process p = Runtime.getRuntime().exec("ls -l " + target);
    response.getWriter().println("exit " + p.exitValue());
  }
}

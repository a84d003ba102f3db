package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class ConstantCommand {
  public Process uptime(HttpServletRequest request) throws IOException {
    String requested = request.getParameter("cmd");
    String cmd = "uptime";
    if (requested != null && requested.isEmpty()) {
      cmd = "date";
    }
    return Runtime.getRuntime().exec(new String[] {"/usr/bin/env", cmd});
  }
}

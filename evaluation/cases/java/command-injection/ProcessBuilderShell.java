package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class ProcessBuilderShell {
  public Process ping(HttpServletRequest request) throws IOException {
    String host = request.getParameter("host");
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "ping -c 1 " + host); // expect: command-injection
    return pb.start();
  }
}

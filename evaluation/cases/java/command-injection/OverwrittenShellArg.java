package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class OverwrittenShellArg {
  public Process archive(HttpServletRequest request) throws IOException {
    String name = request.getHeader("X-Archive");
    String safeName = name;
    safeName = "nightly";
    return new ProcessBuilder("tar", "czf", "/backups/" + safeName + ".tgz", "/data").start();
  }
}

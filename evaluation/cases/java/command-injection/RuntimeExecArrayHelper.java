package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class RuntimeExecArrayHelper {
  public Process convert(HttpServletRequest request) throws IOException {
    String file = request.getParameter("file");
    String[] args = arguments(file);
    Runtime runtime = Runtime.getRuntime();
    return runtime.exec(args); // expect: command-injection
  }

  private String[] arguments(String file) {
    return new String[] {"bash", "-c", "convert " + file + " out.png"};
  }
}

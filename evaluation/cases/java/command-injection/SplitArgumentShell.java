package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class SplitArgumentShell {
  public Process convert(HttpServletRequest request) throws IOException {
    String spec = request.getParameter("spec");
    String size = spec.substring(spec.indexOf('=') + 1);
    String[] cmd = {"/bin/sh", "-c", "convert in.png -resize " + size + " out.png"};
    return Runtime.getRuntime().exec(cmd); // expect: command-injection
  }
}

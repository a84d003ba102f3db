package eval.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class DisabledFeatureShell {
  private static final int MAX_CUSTOM_ARGS = 0;

  public Process convert(HttpServletRequest request) throws IOException {
    String size = request.getParameter("size");
    String command = "convert in.png -resize 200x200 out.png";
    if (MAX_CUSTOM_ARGS > 1) {
      command = "convert in.png -resize " + size + " out.png";
    }
    return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", command});
  }
}

package eval.path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import javax.servlet.http.HttpServletRequest;

public class NewInputStreamOption {
  private static final String TEMPLATES = "/srv/templates/";

  public byte[] template(HttpServletRequest request) throws IOException {
    String fileName = TEMPLATES + request.getParameter("template");
    try (InputStream in = Files.newInputStream(Paths.get(fileName), StandardOpenOption.READ)) { // expect: path-traversal
      return in.readAllBytes();
    }
  }
}

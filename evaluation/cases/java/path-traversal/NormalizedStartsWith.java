package eval.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;

public class NormalizedStartsWith {
  private static final Path ROOT = Path.of("/srv/uploads").toAbsolutePath().normalize();

  public byte[] read(HttpServletRequest request) throws IOException {
    Path resolved = ROOT.resolve(request.getParameter("name")).normalize();
    if (!resolved.startsWith(ROOT)) {
      throw new SecurityException("outside upload root");
    }
    return Files.readAllBytes(resolved);
  }
}

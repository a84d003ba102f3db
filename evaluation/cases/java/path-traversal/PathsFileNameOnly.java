package eval.path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

public class PathsFileNameOnly {
  private static final Path ROOT = Paths.get("/srv/exports");

  public InputStream open(HttpServletRequest request) throws IOException {
    String requested = request.getParameter("file");
    String leaf = Paths.get(requested).getFileName().toString();
    return Files.newInputStream(ROOT.resolve(leaf));
  }
}

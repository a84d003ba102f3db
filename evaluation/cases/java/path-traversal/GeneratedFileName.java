package eval.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;

public class GeneratedFileName {
  public Path save(HttpServletRequest request) throws IOException {
    String original = request.getParameter("filename");
    String stored = UUID.randomUUID() + ".bin";
    Path target = Path.of("/srv/incoming", stored);
    Files.copy(request.getInputStream(), target);
    System.out.println("stored " + original.length() + " byte name as " + stored);
    return target;
  }
}

package eval.path;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServletRequest;

public class UriFileName {
  private static final String DATA_DIR = "/srv/data/";

  public boolean exists(HttpServletRequest request) throws IOException, URISyntaxException {
    String name = request.getHeader("X-Doc");
    String fileName = DATA_DIR + name;
    File file = new File(new URI("file:" + fileName.replace('\\', '/'))); // expect: path-traversal
    return file.exists();
  }
}

package eval.path;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;

public class DecodedZipEntry {
  public void save(HttpServletRequest request, byte[] data) throws IOException {
    String encoded = request.getHeader("X-File-Name");
    String name = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    try (OutputStream out = new FileOutputStream("/srv/incoming/" + name)) { // expect: path-traversal
      out.write(data);
    }
  }
}

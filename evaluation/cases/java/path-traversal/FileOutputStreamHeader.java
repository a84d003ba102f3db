package eval.path;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;

public class FileOutputStreamHeader {
  private static final String INBOX = "/var/inbox/";

  public void store(HttpServletRequest request) throws IOException {
    String fileName = INBOX + request.getHeader("X-File-Name");
    try (InputStream in = request.getInputStream();
        FileOutputStream out = new FileOutputStream(fileName, false)) { // expect: path-traversal
      in.transferTo(out);
    }
  }
}

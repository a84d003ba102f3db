package eval.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class FileNameOnly {
  public long size(HttpServletRequest request) throws IOException {
    String raw = request.getParameter("doc");
    String safeName = new File(raw).getName();
    try (FileInputStream in = new FileInputStream(new File("/data/docs", safeName))) {
      return in.getChannel().size();
    }
  }
}

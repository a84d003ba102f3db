package eval.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class ConstantLogPath {
  public List<String> tail(HttpServletRequest request) throws IOException {
    String requested = request.getParameter("log");
    String log = "app.log";
    List<String> lines = Files.readAllLines(Paths.get("/var/log/app", log));
    int n = requested == null ? 10 : Integer.parseInt(requested);
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}

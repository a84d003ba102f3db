package eval.cmd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ListOtherIndexCommand extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target = new Selector().pick(request.getParameter("target"));
    ProcessBuilder builder = new ProcessBuilder();
    builder.command("sh", "-c", "ping -c 1 " + target);
    builder.start();
  }

  private static class Selector {
    String pick(String requested) {
      List<String> candidates = new ArrayList<>();
      candidates.add("localhost");
      candidates.add(requested);
      candidates.add("gateway");
      candidates.remove(0);
      return candidates.get(1);
    }
  }
}

package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DigestServiceEcho extends HttpServlet {
  private ChecksumService checksums;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String content = request.getParameter("content");
    String digest = checksums.sha256Hex(content);
    response.getWriter().println("<code>" + digest + "</code>");
  }

  interface ChecksumService {
    String sha256Hex(String value);
  }
}

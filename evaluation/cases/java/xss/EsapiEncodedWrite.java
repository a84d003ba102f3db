package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;

public class EsapiEncodedWrite extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String nickname = request.getParameter("nickname");
    String safe = ESAPI.encoder().encodeForHTML(nickname);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().println("<h2>Welcome back, " + safe + "</h2>");
  }
}

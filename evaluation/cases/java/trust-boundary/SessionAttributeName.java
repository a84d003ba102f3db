package eval.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SessionAttributeName extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String feature = request.getHeader("X-Feature");
    request.getSession().setAttribute(feature, "enabled"); // expect: trust-boundary
    response.setStatus(204);
  }
}

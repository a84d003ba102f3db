package eval.trust;

import com.acme.text.Thing;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SessionFromConstantHelper extends HttpServlet {
  private final Thing thing = new Thing();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String requested = request.getParameter("role");
    String role = thing.doSomething("viewer");
    log("requested role " + requested);
    request.getSession().setAttribute("role", role);
    response.setStatus(204);
  }
}

package eval.trust;

import java.time.Instant;
import javax.servlet.http.HttpServletRequest;

public class SessionServerValue {
  public void touch(HttpServletRequest request) {
    String page = request.getParameter("page");
    request.getSession().setAttribute("lastSeen", Instant.now().toString());
    request.getSession().setAttribute("pageCount", page == null ? 0 : 1);
  }
}

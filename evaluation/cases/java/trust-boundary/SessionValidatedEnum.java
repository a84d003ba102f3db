package eval.trust;

import javax.servlet.http.HttpServletRequest;

public class SessionValidatedEnum {
  enum Theme { LIGHT, DARK }

  public void theme(HttpServletRequest request) {
    String raw = request.getParameter("theme");
    Theme theme = "dark".equals(raw) ? Theme.DARK : Theme.LIGHT;
    request.getSession().setAttribute("theme", theme);
  }
}

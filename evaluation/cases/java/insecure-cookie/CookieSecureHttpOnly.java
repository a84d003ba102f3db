package eval.cookie;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CookieSecureHttpOnly extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String value = request.getParameter("pref");
    Cookie cookie = new Cookie("SomeCookie", value);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    cookie.setPath(request.getRequestURI());
    response.addCookie(cookie);
  }
}

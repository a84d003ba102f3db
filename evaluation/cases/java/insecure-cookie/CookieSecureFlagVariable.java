package eval.cookie;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CookieSecureFlagVariable extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String value = request.getParameter("pref");
    boolean secure = false;
    Cookie cookie = new Cookie("SomeCookie", value); // expect: insecure-cookie
    cookie.setSecure(secure);
    cookie.setHttpOnly(true);
    cookie.setPath(request.getRequestURI());
    response.addCookie(cookie);
  }
}

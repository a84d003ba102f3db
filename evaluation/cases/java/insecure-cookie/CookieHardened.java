package eval.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieHardened {
  public void login(HttpServletResponse response, String sessionId) {
    Cookie cookie = new Cookie("SESSION", sessionId);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    response.addCookie(cookie);
  }
}

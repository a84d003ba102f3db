package eval.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieWithoutFlags {
  public void login(HttpServletResponse response, String sessionId) {
    Cookie cookie = new Cookie("SESSION", sessionId); // expect: insecure-cookie
    cookie.setPath("/");
    response.addCookie(cookie);
  }
}

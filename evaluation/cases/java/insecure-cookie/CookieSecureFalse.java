package eval.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieSecureFalse {
  public void remember(HttpServletResponse response, String token) {
    Cookie remember = new Cookie("remember_me", token); // expect: insecure-cookie
    remember.setSecure(false);
    remember.setHttpOnly(true);
    remember.setMaxAge(86400 * 30);
    response.addCookie(remember);
  }
}

package eval.random;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SecureRandomRememberMe extends HttpServlet {
  private final SecureRandom random = new SecureRandom();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String rememberMeKey = Base64.getUrlEncoder().encodeToString(bytes);
    Cookie cookie = new Cookie("rememberMe", rememberMeKey);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }
}

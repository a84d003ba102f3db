package eval.random;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RememberMeCookieRandom extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long value = new Random().nextLong();
    String key = Long.toString(value);
    String user = request.getParameter("user");
    Cookie cookie = new Cookie("rememberMe", key); // expect: insecure-random
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    request.getSession().setAttribute("rememberMe" + user, key);
    response.addCookie(cookie);
  }
}

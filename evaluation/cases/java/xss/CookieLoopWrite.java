package eval.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CookieLoopWrite extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String theme = "light";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("theme".equals(cookie.getName())) {
          theme = URLDecoder.decode(cookie.getValue(), "UTF-8");
        }
      }
    }
    PrintWriter out = response.getWriter();
    char[] chars = ("<body class='" + theme + "'>").toCharArray();
    out.write(chars, 0, chars.length); // expect: xss
  }
}

package eval.xss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OutputStreamCookie {
  public void theme(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String theme = "light";
    for (Cookie c : req.getCookies()) {
      if ("theme".equals(c.getName())) {
        theme = c.getValue();
      }
    }
    String html = "<body class='" + theme + "'>";
    resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8)); // expect: xss
  }
}

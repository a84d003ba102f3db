package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HeaderFallThroughSwitch extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String referer = request.getHeader("Referer");
    String guess = "ABC";
    String shown;
    switch (guess.charAt(2)) {
      case 'A':
        shown = "direct";
        break;
      case 'C':
      case 'D':
        shown = referer;
        break;
      default:
        shown = "unknown";
    }
    response.setHeader("X-XSS-Protection", "0");
    response.getWriter().print(shown.toCharArray()); // expect: xss
  }
}

package eval.xss;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Base64RoundTrip extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String title = request.getHeader("X-Title");
    byte[] encoded = Base64.getEncoder().encode(title.getBytes());
    String decoded = new String(Base64.getDecoder().decode(encoded));
    response.getWriter().printf("<title>%s</title>", decoded); // expect: xss
  }
}

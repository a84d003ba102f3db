package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class IfElseHelperEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String greeting = pick(request.getParameter("name"), request.getLocale().getLanguage());
    response.getWriter().write(String.valueOf(greeting)); // expect: xss
  }

  private String pick(String name, String language) {
    String result;
    if (language.equals("fr")) {
      result = "Bonjour " + name;
    } else {
      result = "Hello " + name;
    }
    return result;
  }
}

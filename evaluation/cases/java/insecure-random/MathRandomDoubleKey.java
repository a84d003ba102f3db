package eval.random;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class MathRandomDoubleKey extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    double draw = Math.random();
    String apiKey = Double.toString(draw).substring(2); // expect: insecure-random
    request.getSession().setAttribute("apiKey", apiKey);
    response.getWriter().println("key issued");
  }
}

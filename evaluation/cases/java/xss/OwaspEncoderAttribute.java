package eval.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class OwaspEncoderAttribute extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String color = request.getParameter("color");
    PrintWriter writer = response.getWriter();
    writer.println("<div style=\"color:" + Encode.forHtmlAttribute(color) + "\">sample</div>");
  }
}

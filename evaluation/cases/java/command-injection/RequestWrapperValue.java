package eval.cmd;

import com.acme.web.SeparateClassRequest;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RequestWrapperValue extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SeparateClassRequest wrapper = new SeparateClassRequest(request);
    String host = wrapper.getTheValue("host");
    Process p = Runtime.getRuntime().exec("nslookup " + host); // expect: command-injection
    response.getWriter().println("exit " + p.exitValue());
  }
}

package eval.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class WriterEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String q = req.getParameter("q");
    resp.setContentType("text/html");
    PrintWriter out = resp.getWriter();
    out.println("<h1>Results for " + q + "</h1>"); // expect: xss
  }
}

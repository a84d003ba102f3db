package eval.xss;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class MapOtherKeyEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> view = new HashMap<>();
    view.put("keyA-4521", "a_value");
    view.put("keyB-4521", request.getParameter("name"));
    view.put("keyC", "another_value");
    String shown = (String) view.get("keyA-4521");
    response.getWriter().println("<span>" + shown + "</span>");
  }
}

package eval.xss;

import java.io.IOException;
import java.util.HashMap;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class MapOverwrittenValue extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String param = request.getParameter("value");
    HashMap<String, Object> map = new HashMap<>();
    map.put("keyA", "a-Value");
    map.put("keyB", param);
    map.put("keyC", "another-Value");
    String bar = (String) map.get("keyB");
    bar = (String) map.get("keyA");
    response.getWriter().println("<li>" + bar + "</li>");
  }
}

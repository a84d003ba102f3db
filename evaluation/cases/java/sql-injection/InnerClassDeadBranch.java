package eval.sql;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class InnerClassDeadBranch extends HttpServlet {
  private Statement statement;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String param = request.getParameter("user");
    String bar = new Filter().apply(request, param);
    try {
      statement.executeUpdate("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    } catch (SQLException e) {
      response.sendError(500);
    }
  }

  private class Filter {
    String apply(HttpServletRequest request, String param) {
      String bar;
      int num = 106;
      if ((7 * 18) + num > 200) {
        bar = "guest";
      } else {
        bar = param;
      }
      return bar;
    }
  }
}

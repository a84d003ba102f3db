package eval.sql;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class StaticTemplateField extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String status = request.getParameter("status");
    String sql = "UPDATE tickets SET status = '" + status + "' WHERE closed = 0";
    com.acme.db.DatabaseHelper.JDBCtemplate.execute(sql); // expect: sql-injection
    response.getWriter().println("updated");
  }
}

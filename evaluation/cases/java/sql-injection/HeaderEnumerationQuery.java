package eval.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class HeaderEnumerationQuery extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String tenant = "";
    Enumeration<String> values = request.getHeaders("X-Tenant");
    if (values != null && values.hasMoreElements()) {
      tenant = values.nextElement();
    }
    String sql = "DELETE FROM drafts WHERE tenant = '" + tenant + "'";
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      statement.execute(sql); // expect: sql-injection
      response.setStatus(204);
    } catch (SQLException e) {
      response.sendError(500);
    }
  }
}

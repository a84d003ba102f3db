package eval.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class ServletConcatQuery extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String owner = request.getParameter("owner");
    String sql = "SELECT id, title FROM notes WHERE owner = '" + owner + "'";
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery(sql); // expect: sql-injection
      while (rs.next()) {
        response.getWriter().println(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

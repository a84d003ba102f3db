package eval.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class NumericParsedId {
  public boolean exists(Connection c, HttpServletRequest req) throws SQLException {
    long id = Long.parseLong(req.getParameter("id"));
    String sql = "SELECT 1 FROM invoices WHERE id = " + id;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next();
    }
  }
}

package eval.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class OverwrittenTaintQuery {
  public int count(Connection c, HttpServletRequest req) throws SQLException {
    String status = req.getParameter("status");
    status = "OPEN";
    String sql = "SELECT COUNT(*) FROM tickets WHERE status = '" + status + "'";
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}

package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class DeadBranchQuery {
  private static final boolean LEGACY_MODE = false;

  public void purge(Connection c, HttpServletRequest req) throws SQLException {
    String tenant = req.getParameter("tenant");
    String sql = "DELETE FROM sessions WHERE expired = 1";
    if (LEGACY_MODE) {
      sql = "DELETE FROM sessions WHERE tenant = '" + tenant + "'";
    }
    try (Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}

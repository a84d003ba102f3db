package eval.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class PreparedStatementLookup {
  public String email(Connection c, HttpServletRequest req) throws SQLException {
    String user = req.getParameter("user");
    String sql = "SELECT email FROM users WHERE login = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, user);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}

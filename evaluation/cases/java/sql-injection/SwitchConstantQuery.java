package eval.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class SwitchConstantQuery {
  public ResultSet list(Connection c, HttpServletRequest req) throws SQLException {
    String order;
    switch (req.getParameter("order")) {
      case "new" -> order = "created DESC";
      case "old" -> order = "created ASC";
      default -> order = "id";
    }
    return c.createStatement().executeQuery("SELECT * FROM posts ORDER BY " + order);
  }
}

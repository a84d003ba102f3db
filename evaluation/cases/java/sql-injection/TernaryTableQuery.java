package eval.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class TernaryTableQuery {
  public ResultSet find(Connection c, HttpServletRequest req) throws SQLException {
    String name = req.getParameter("name");
    String filter = name == null ? "1=1" : "name = '" + name + "'";
    return c.createStatement().executeQuery("SELECT * FROM users WHERE " + filter); // expect: sql-injection
  }
}

package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class CookieArrayQuery {
  public boolean known(Connection c, HttpServletRequest req) throws SQLException {
    Cookie[] cookies = req.getCookies();
    String[] parts = cookies[0].getValue().split(":");
    String sql = "SELECT 1 FROM devices WHERE fingerprint = '" + parts[1] + "'";
    return c.createStatement().executeQuery(sql).next(); // expect: sql-injection
  }
}

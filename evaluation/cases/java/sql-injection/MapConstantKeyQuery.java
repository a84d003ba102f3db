package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class MapConstantKeyQuery {
  public void tag(Connection c, HttpServletRequest req) throws SQLException {
    Map<String, String> values = new HashMap<>();
    values.put("label", req.getParameter("label"));
    values.put("color", "blue");
    String sql = "UPDATE tags SET label = '" + values.get("label") + "'";
    try (Statement st = c.createStatement()) {
      st.executeUpdate(sql); // expect: sql-injection
    }
  }
}

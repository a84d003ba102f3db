package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class ListGetTaintedQuery {
  public int refresh(Connection connection, HttpServletRequest request) throws SQLException {
    String region = request.getParameter("region");
    List<String> values = new ArrayList<>();
    values.add("emea");
    values.add(region);
    values.add("apac");
    values.remove(0);
    String chosen = values.get(0);
    try (Statement st = connection.createStatement()) {
      return st.executeUpdate("UPDATE caches SET stale = 1 WHERE region = '" + chosen + "'"); // expect: sql-injection
    }
  }
}

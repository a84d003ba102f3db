package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class BuilderHelperQuery {
  private final Connection connection;

  public BuilderHelperQuery(Connection connection) {
    this.connection = connection;
  }

  public int archive(HttpServletRequest request) throws SQLException {
    String region = request.getHeader("X-Region");
    String sql = buildUpdate(region);
    try (Statement st = connection.createStatement()) {
      return st.executeUpdate(sql); // expect: sql-injection
    }
  }

  private String buildUpdate(String region) {
    StringBuilder sb = new StringBuilder("UPDATE accounts SET archived = 1 WHERE region = '");
    sb.append(region).append("'");
    return sb.toString();
  }
}

package eval.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class ParameterMapBatch {
  private final Connection connection;

  public ParameterMapBatch(Connection connection) {
    this.connection = connection;
  }

  public int[] tagAll(HttpServletRequest request) throws SQLException {
    Map<String, String[]> params = request.getParameterMap();
    String label = "untagged";
    String[] labels = params.get("label");
    if (labels != null) {
      label = labels[0];
    }
    try (Statement batch = connection.createStatement()) {
      batch.addBatch("UPDATE photos SET label = '" + label + "' WHERE label IS NULL"); // expect: sql-injection
      batch.addBatch("UPDATE albums SET touched = CURRENT_TIMESTAMP");
      return batch.executeBatch();
    }
  }
}

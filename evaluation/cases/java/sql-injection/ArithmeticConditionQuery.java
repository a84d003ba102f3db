package eval.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class ArithmeticConditionQuery {
  public boolean exists(Connection connection, HttpServletRequest request) throws SQLException {
    String sku = request.getParameter("sku");
    int threshold = 86;
    String value;
    if ((7 * 42) - threshold > 200) {
      value = "DEFAULT-SKU";
    } else {
      value = sku;
    }
    String sql = "SELECT 1 FROM items WHERE sku = '" + value + "'";
    try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
      return rs.next();
    }
  }
}

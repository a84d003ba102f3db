package eval.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class ParameterValuesPrepared {
  public int deleteSelected(Connection connection, HttpServletRequest request)
      throws SQLException {
    String[] ids = request.getParameterValues("id");
    int deleted = 0;
    try (PreparedStatement ps =
        connection.prepareStatement("DELETE FROM messages WHERE id = ? AND owner = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        ps.setString(2, request.getRemoteUser());
        deleted += ps.executeUpdate();
      }
    }
    return deleted;
  }
}

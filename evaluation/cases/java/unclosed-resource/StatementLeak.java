package eval.leak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class StatementLeak {
  public int countUsers(Connection connection) throws SQLException {
    Statement st = connection.createStatement(); // expect: unclosed-resource
    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users");
    rs.next();
    return rs.getInt(1);
  }
}

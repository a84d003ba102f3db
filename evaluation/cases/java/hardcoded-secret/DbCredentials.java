package eval.secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class DbCredentials {
  private static final String DB_PASSWORD = "Tr0ub4dor&3-prod"; // expect: hardcoded-secret

  public Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", DB_PASSWORD);
  }
}

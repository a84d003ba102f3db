package eval.secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class EnvPassword {
  private static final String PASSWORD_ENV = "DB_PASSWORD";

  public Connection open() throws SQLException {
    String password = System.getenv(PASSWORD_ENV);
    return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", password);
  }
}

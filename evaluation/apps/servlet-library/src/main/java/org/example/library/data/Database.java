package org.example.library.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Container pool in production; a direct connection when run from the IDE. */
public final class Database {

  private static final String DEV_URL = "jdbc:postgresql://localhost:5432/library";
  private static final String DEV_USER = "library";
  private static final String DEV_PASSWORD = "library";

  private static DataSource pool;

  private Database() {}

  public static synchronized Connection connect() throws SQLException {
    if (pool == null) {
      try {
        pool = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/library");
      } catch (NamingException e) {
        return DriverManager.getConnection(DEV_URL, DEV_USER, DEV_PASSWORD);
      }
    }
    return pool.getConnection();
  }
}

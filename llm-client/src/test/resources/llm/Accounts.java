package demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

public class Accounts {

  private final Connection connection;

  public Accounts(Connection connection) {
    this.connection = connection;
  }

  public ResultSet find(String name) throws Exception {
    Statement statement = connection.createStatement();
    return statement.executeQuery("SELECT * FROM accounts WHERE name = '" + name + "'");
  }

  public int count(java.util.List<String> names) {
    int total = 0;
    for (String name : names) {
      total += name.length();
    }
    return total;
  }
}

package com.example.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class AccountController {

  private final Connection connection;

  public AccountController(Connection connection) {
    this.connection = connection;
  }

  // vulnerable: the request parameter is concatenated into SQL
  public ResultSet find(HttpServletRequest request) throws Exception {
    String owner = request.getParameter("owner");
    Statement statement = connection.createStatement();
    return statement.executeQuery("SELECT * FROM accounts WHERE owner = '" + owner + "'");
  }

  // safe look-alike: the same query with a bound parameter
  public ResultSet findSafely(HttpServletRequest request) throws Exception {
    String owner = request.getParameter("owner");
    PreparedStatement statement =
        connection.prepareStatement("SELECT * FROM accounts WHERE owner = ?");
    statement.setString(1, owner);
    return statement.executeQuery();
  }
}

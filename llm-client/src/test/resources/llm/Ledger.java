package com.example.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

public class Ledger {

  private final Connection connection;

  public Ledger(Connection connection) {
    this.connection = connection;
  }

  public List<String> accountsOf(String owner) throws Exception {
    PreparedStatement query = connection.prepareStatement("SELECT id FROM accounts WHERE owner = ?");
    query.setString(1, owner);
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  public ResultSet entries(String account) throws Exception {
    Statement statement = connection.createStatement();
    return statement.executeQuery("SELECT * FROM entries WHERE account = '" + account + "'");
  }

  public long balance(List<Long> amounts) {
    long total = 0;
    for (long amount : amounts) {
      total += amount;
    }
    return total;
  }

  public String describe(String account, long balance) {
    StringBuilder text = new StringBuilder();
    text.append("Account ").append(account);
    text.append(" holds ").append(balance).append(" cents");
    return text.toString();
  }
}

package sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

class Accounts {

  private final Connection connection;

  Accounts(Connection connection) {
    this.connection = connection;
  }

  @GetMapping("/accounts")
  ResultSet byOwner(@RequestParam String owner) throws Exception {
    try (Statement statement = connection.createStatement()) {
      return statement.executeQuery("SELECT * FROM accounts WHERE owner = '" + owner + "'");
    }
  }

  @GetMapping("/accounts/branch")
  ResultSet byBranch(@RequestParam String branch) throws Exception {
    try (Statement statement = connection.createStatement()) {
      return statement.executeQuery("SELECT * FROM accounts WHERE branch = '" + branch + "'");
    }
  }
}

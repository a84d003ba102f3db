package eval;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

class ConcatenatedQuery {

  private final Connection connection;

  ConcatenatedQuery(Connection connection) {
    this.connection = connection;
  }

  @GetMapping("/users")
  ResultSet byName(@RequestParam String name) throws Exception {
    try (Statement statement = connection.createStatement()) {
      return statement.executeQuery("SELECT * FROM users WHERE name = '" + name + "'"); // expect: sql-injection
    }
  }
}

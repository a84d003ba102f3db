package eval;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

class BoundQuery {

  private final Connection connection;

  BoundQuery(Connection connection) {
    this.connection = connection;
  }

  @GetMapping("/users")
  ResultSet byName(@RequestParam String name) throws Exception {
    PreparedStatement statement =
        connection.prepareStatement("SELECT * FROM users WHERE name = ?");
    statement.setString(1, name);
    return statement.executeQuery();
  }
}

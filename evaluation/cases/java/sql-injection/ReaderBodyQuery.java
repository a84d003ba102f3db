package eval.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class ReaderBodyQuery {
  private final Connection connection;

  public ReaderBodyQuery(Connection connection) {
    this.connection = connection;
  }

  public void importNote(HttpServletRequest request) throws IOException, SQLException {
    BufferedReader reader = request.getReader();
    StringBuilder body = new StringBuilder();
    String line;
    while ((line = reader.readLine()) != null) {
      body.append(line);
    }
    Statement statement = connection.createStatement();
    statement.execute("INSERT INTO notes (text) VALUES ('" + body + "')"); // expect: sql-injection
  }
}

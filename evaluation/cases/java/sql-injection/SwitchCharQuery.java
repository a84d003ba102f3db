package eval.sql;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class SwitchCharQuery extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String comment = request.getParameter("comment");
    String mode = "ABC";
    char selected = mode.charAt(1);
    String text;
    switch (selected) {
      case 'A':
        text = "n/a";
        break;
      case 'B':
        text = comment;
        break;
      default:
        text = "none";
    }
    jdbc.update("INSERT INTO comments (body) VALUES ('" + text + "')"); // expect: sql-injection
    response.setStatus(201);
  }
}

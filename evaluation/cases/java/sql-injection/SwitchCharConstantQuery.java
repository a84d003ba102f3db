package eval.sql;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class SwitchCharConstantQuery extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String comment = request.getParameter("comment");
    String mode = "ABC";
    char selected = mode.charAt(2);
    String text;
    switch (selected) {
      case 'A':
        text = comment;
        break;
      case 'C':
        text = "moderated";
        break;
      default:
        text = comment;
    }
    jdbc.update("INSERT INTO comments (body) VALUES ('" + text + "')");
    response.setStatus(201);
  }
}

package eval.sql;

import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;

public class BoundArgumentsTemplate {
  private final JdbcTemplate jdbcTemplate;

  public BoundArgumentsTemplate(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  public List<Map<String, Object>> find(HttpServletRequest request) {
    String user = request.getParameter("user");
    String bar = new StringBuilder(user).append("%").toString();
    String sql = "SELECT * FROM users WHERE name LIKE ?";
    return jdbcTemplate.queryForList(sql, bar);
  }
}

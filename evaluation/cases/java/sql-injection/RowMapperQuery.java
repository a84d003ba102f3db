package eval.sql;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RowMapperQuery {
  private final JdbcTemplate jdbcTemplate;

  public RowMapperQuery(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  @GetMapping("/teams/{team}/members")
  public List<String> members(@PathVariable String team) {
    String sql = String.format("SELECT name FROM members WHERE team = '%s'", team);
    return jdbcTemplate.query(sql, (rs, row) -> rs.getString("name")); // expect: sql-injection
  }
}

package eval.sql;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringFormatQuery {
  private final JdbcTemplate jdbc;

  public SpringFormatQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/orders")
  public List<Map<String, Object>> orders(@RequestParam String sort) {
    String query = String.format("SELECT * FROM orders ORDER BY %s", sort);
    return jdbc.queryForList(query); // expect: sql-injection
  }
}

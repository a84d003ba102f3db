package eval.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AllowListSortColumn {
  private static final Set<String> COLUMNS = Set.of("created", "title", "price");
  private final JdbcTemplate jdbc;

  public AllowListSortColumn(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/products")
  public List<Map<String, Object>> list(@RequestParam String sort) {
    String column = COLUMNS.contains(sort) ? sort : "created";
    return jdbc.queryForList("SELECT * FROM products ORDER BY " + column);
  }
}

package eval.nplus;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

public class BatchedQuery {
  private final NamedParameterJdbcTemplate jdbc;

  public BatchedQuery(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Map<String, Object>> stock(List<Long> productIds) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT product_id, qty FROM stock WHERE product_id IN (:ids)", Map.of("ids", productIds));
    for (Map<String, Object> row : rows) {
      row.put("checked", Boolean.TRUE);
    }
    return rows;
  }
}

package eval.nplus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcTemplateEach {
  private final JdbcTemplate jdbc;

  public JdbcTemplateEach(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Map<Long, Integer> stock(List<Long> productIds) {
    Map<Long, Integer> stock = new HashMap<>();
    int i = 0;
    while (i < productIds.size()) {
      Long id = productIds.get(i++);
      Integer qty = jdbc.queryForObject("SELECT qty FROM stock WHERE product_id = ?", Integer.class, id); // expect: n-plus-one
      stock.put(id, qty);
    }
    return stock;
  }
}

package eval.sql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;

public class QueryStringTemplate {
  private final JdbcTemplate jdbcTemplate;

  public QueryStringTemplate(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  public Long countOrders(HttpServletRequest request) {
    String query = request.getQueryString();
    String marker = "customer=";
    int start = query.indexOf(marker);
    if (start < 0) {
      return 0L;
    }
    String customer = query.substring(start + marker.length());
    int end = customer.indexOf('&');
    if (end > 0) {
      customer = customer.substring(0, end);
    }
    customer = URLDecoder.decode(customer, StandardCharsets.UTF_8);
    String sql = "SELECT COUNT(*) FROM orders WHERE customer = '" + customer + "'";
    return jdbcTemplate.queryForObject(sql, Long.class); // expect: sql-injection
  }
}

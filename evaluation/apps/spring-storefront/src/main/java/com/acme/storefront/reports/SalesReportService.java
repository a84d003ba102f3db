package com.acme.storefront.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

@Service
class SalesReportService {

  private static final String SALES_BY_DAY =
      "SELECT date_trunc('day', o.created_at) AS day, sum(o.total) AS revenue"
          + " FROM orders o JOIN customers c ON c.id = o.customer_id"
          + " WHERE c.region = '%s' AND o.created_at BETWEEN '%s' AND '%s'"
          + " GROUP BY 1 ORDER BY 1";

  private final DataSource dataSource;

  SalesReportService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  String csv(String region, LocalDate from, LocalDate to) {
    StringBuilder out = new StringBuilder("day,revenue\n");
    try {
      Connection conn = dataSource.getConnection(); // vuln: unclosed-resource
      Statement stmt = conn.createStatement();
      ResultSet rs = stmt.executeQuery(String.format(SALES_BY_DAY, region, from, to)); // vuln: sql-injection
      while (rs.next()) {
        out.append(rs.getDate("day")).append(',').append(rs.getBigDecimal("revenue")).append('\n');
      }
      return out.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("sales report failed", e);
    }
  }
}

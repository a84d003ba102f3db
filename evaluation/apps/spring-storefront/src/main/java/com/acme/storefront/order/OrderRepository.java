package com.acme.storefront.order;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

  private static final String SELECT_ORDERS =
      "SELECT o.id, o.status, o.total, o.created_at, c.name AS customer"
          + " FROM orders o JOIN customers c ON c.id = o.customer_id";

  private static final RowMapper<Order> ORDER_ROW =
      (rs, rowNum) ->
          new Order(
              rs.getLong("id"),
              rs.getString("status"),
              rs.getBigDecimal("total"),
              rs.getObject("created_at", java.time.OffsetDateTime.class),
              rs.getString("customer"));

  private final JdbcTemplate jdbc;

  OrderRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Order> findWhere(String filter) {
    String sql = SELECT_ORDERS + " WHERE " + filter + " ORDER BY o.created_at DESC LIMIT 200";
    return jdbc.query(sql, ORDER_ROW); // vuln: sql-injection
  }

  List<Order> findByStatus(String status, String sortColumn) {
    String sql = SELECT_ORDERS + " WHERE o.status = ? ORDER BY o." + sortColumn + " DESC";
    return jdbc.query(sql, ORDER_ROW, status);
  }

  Order findById(long id) {
    return jdbc.queryForObject(SELECT_ORDERS + " WHERE o.id = ?", ORDER_ROW, id);
  }

  List<OrderLine> findLines(long orderId) {
    return jdbc.query(
        "SELECT order_id, sku, quantity, unit_price FROM order_lines WHERE order_id = ?",
        (rs, n) ->
            new OrderLine(
                rs.getLong("order_id"),
                rs.getString("sku"),
                rs.getInt("quantity"),
                rs.getBigDecimal("unit_price")),
        orderId);
  }

  void updateStatus(long id, String status) {
    jdbc.update("UPDATE orders SET status = ? WHERE id = ?", status, id);
  }

  void insertNote(long orderId, String note) {
    jdbc.update("INSERT INTO order_notes (order_id, body) VALUES (?, ?)", orderId, note);
  }
}

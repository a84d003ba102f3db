package com.acme.storefront.order;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

  private static final Logger log = LoggerFactory.getLogger(OrderService.class);

  private final OrderRepository repository;

  public OrderService(OrderRepository repository) {
    this.repository = repository;
  }

  public List<Order> search(OrderSearchRequest request) {
    String filter = buildFilter(request);
    return repository.findWhere(filter);
  }

  public Order find(long id) {
    return repository.findById(id);
  }

  public List<OrderLine> lines(long orderId) {
    return repository.findLines(orderId);
  }

  public List<Order> byStatus(String status, String sortColumn) {
    return repository.findByStatus(status, sortColumn);
  }

  public List<OrderSummary> summaries(List<Order> orders) {
    List<OrderSummary> result = new ArrayList<>();
    for (Order order : orders) {
      List<OrderLine> lines = repository.findLines(order.id()); // vuln: n-plus-one
      int items = lines.stream().mapToInt(OrderLine::quantity).sum();
      result.add(new OrderSummary(order, items));
    }
    return result;
  }

  @Transactional
  public void cancel(long id) {
    repository.updateStatus(id, "CANCELLED");
    log.info("Order {} cancelled", id);
  }

  @Transactional
  public void addNote(long orderId, String note) {
    repository.insertNote(orderId, note);
  }

  private String buildFilter(OrderSearchRequest request) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (request.hasCustomer()) {
      where.append(" AND c.name ILIKE '%").append(request.customer().trim()).append("%'");
    }
    if (request.status() != null) {
      where.append(" AND o.status = '").append(request.status()).append("'");
    }
    if (request.from() != null) {
      where.append(" AND o.created_at >= DATE '").append(request.from()).append("'");
    }
    if (request.to() != null) {
      where.append(" AND o.created_at < DATE '").append(request.to().plusDays(1)).append("'");
    }
    return where.toString();
  }

  public record OrderSummary(Order order, int items) {}
}

package com.acme.storefront.integration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PartnerOrderHandler {

  private static final Logger log = LoggerFactory.getLogger(PartnerOrderHandler.class);

  private final JdbcTemplate jdbc;

  PartnerOrderHandler(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void accept(String partner, Object payload) {
    if (!(payload instanceof PartnerOrder order)) {
      log.warn("Ignoring {} payload from partner", payload == null ? "empty" : payload.getClass().getSimpleName());
      return;
    }
    int updated =
        jdbc.update(
            "UPDATE partner_orders SET status = ?, total = ? WHERE partner = ? AND reference = ?",
            order.status,
            order.total,
            partner,
            order.reference);
    log.info("Partner order update applied to {} row(s)", updated);
  }
}

package com.acme.storefront.order;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record OrderSearchRequest(
    String customer,
    String status,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

  public boolean hasCustomer() {
    return customer != null && !customer.isBlank();
  }
}

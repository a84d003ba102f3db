package com.acme.storefront.cart;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

public class Cart implements Serializable {

  @Serial private static final long serialVersionUID = 3L;

  private final Map<String, Integer> quantities = new LinkedHashMap<>();
  private String couponCode;

  public void add(String sku, int quantity) {
    quantities.merge(sku, quantity, Integer::sum);
  }

  public void remove(String sku) {
    quantities.remove(sku);
  }

  public Map<String, Integer> getQuantities() {
    return quantities;
  }

  public String getCouponCode() {
    return couponCode;
  }

  public void setCouponCode(String couponCode) {
    this.couponCode = couponCode;
  }
}

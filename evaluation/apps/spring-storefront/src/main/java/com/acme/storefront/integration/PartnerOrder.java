package com.acme.storefront.integration;

import java.math.BigDecimal;
import java.util.List;

public class PartnerOrder {
  public String reference;
  public String status;
  public BigDecimal total;
  public List<String> skus;
}

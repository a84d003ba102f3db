package com.acme.storefront.order;

import java.math.BigDecimal;

public record OrderLine(long orderId, String sku, int quantity, BigDecimal unitPrice) {}

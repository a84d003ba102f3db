package com.acme.storefront.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record Order(long id, String status, BigDecimal total, OffsetDateTime createdAt, String customer) {}

package com.acme.storefront.catalog;

import java.time.Instant;

public record Review(long id, long productId, String author, int rating, String body, Instant postedAt) {}

package com.acme.storefront.catalog;

/** Filters of the product list page, bound from the query string. */
public record ProductQuery(String name, String brand, String orderBy, Integer limit) {

  public ProductQuery {
    if (orderBy == null || orderBy.isBlank()) {
      orderBy = "name";
    }
    if (limit == null || limit > 100) {
      limit = 50;
    }
  }
}

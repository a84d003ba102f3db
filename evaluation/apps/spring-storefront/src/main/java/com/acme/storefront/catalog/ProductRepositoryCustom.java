package com.acme.storefront.catalog;

import java.math.BigDecimal;
import java.util.List;

public interface ProductRepositoryCustom {

  List<Product> findInCategory(String category, String sort);

  List<Product> findCheaperThan(BigDecimal max);

  List<Product> findByTag(String tag);
}

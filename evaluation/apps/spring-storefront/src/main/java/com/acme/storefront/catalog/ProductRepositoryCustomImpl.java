package com.acme.storefront.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

class ProductRepositoryCustomImpl implements ProductRepositoryCustom {

  @PersistenceContext private EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<Product> findInCategory(String category, String sort) {
    String sql = "SELECT * FROM products WHERE category = '" + category + "' ORDER BY " + sort;
    return em.createNativeQuery(sql, Product.class).getResultList(); // vuln: sql-injection
  }

  @Override
  public List<Product> findCheaperThan(BigDecimal max) {
    return em.createQuery("select p from Product p where p.price < :max order by p.price", Product.class)
        .setParameter("max", max)
        .getResultList();
  }

  @Override
  public List<Product> findByTag(String tag) {
    String jpql = "select p from Product p join p.tags t where t.label = '" + tag + "'";
    return em.createQuery(jpql, Product.class).getResultList(); // vuln: sql-injection
  }
}

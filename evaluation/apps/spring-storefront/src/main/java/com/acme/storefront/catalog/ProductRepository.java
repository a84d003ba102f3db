package com.acme.storefront.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long>, ProductRepositoryCustom {

  @Query(value = "SELECT * FROM products WHERE sku = :sku", nativeQuery = true)
  Optional<Product> findBySku(@Param("sku") String sku);

  @Query("select p from Product p where lower(p.name) like lower(concat('%', :term, '%'))")
  java.util.List<Product> searchByName(@Param("term") String term);
}

package com.acme.storefront.catalog;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ProductMapper {

  @Select("SELECT id, sku, name, brand, price FROM products WHERE brand = '${brand}' AND active") // vuln: sql-injection
  List<Product> findByBrand(@Param("brand") String brand);

  @Select("SELECT id, sku, name, brand, price FROM products WHERE id = #{id}")
  Product findById(@Param("id") long id);

  /** Defined in mapper/ProductMapper.xml. */
  List<Product> search(ProductQuery query);

  /** Defined in mapper/ProductMapper.xml. */
  List<Review> reviewsFor(@Param("productId") long productId);
}

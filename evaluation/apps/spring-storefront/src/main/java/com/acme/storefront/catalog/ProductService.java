package com.acme.storefront.catalog;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

@Service
public class ProductService {

  private static final Pattern SKU = Pattern.compile("[A-Z]{3}-\\d{5}");

  private final ProductRepository products;
  private final ProductMapper mapper;

  public ProductService(ProductRepository products, ProductMapper mapper) {
    this.products = products;
    this.mapper = mapper;
  }

  public Product get(long id) {
    return products.findById(id).orElseThrow(() -> new NoSuchElementException("product " + id));
  }

  public List<Review> reviews(long productId) {
    return mapper.reviewsFor(productId);
  }

  public List<Product> browse(String category, String sort) {
    return products.findInCategory(category, sort == null ? "name" : sort);
  }

  public List<Product> tagged(String tag) {
    return products.findByTag(tag);
  }

  public List<Product> byBrand(String brand) {
    return mapper.findByBrand(brand);
  }

  public List<Product> search(ProductQuery query) {
    if (query.name() != null && SKU.matcher(query.name()).matches()) {
      return products.findBySku(query.name()).map(List::of).orElse(List.of());
    }
    return mapper.search(query);
  }

  /** Wraps every match of the shopper's search term in a highlight span. */
  public String highlight(String text, String term) {
    Pattern pattern = Pattern.compile(term, Pattern.CASE_INSENSITIVE); // vuln: regex-injection
    Matcher m = pattern.matcher(HtmlUtils.htmlEscape(text));
    return m.replaceAll("<mark>$0</mark>");
  }

  /** Same highlight for the admin grid, where the term is matched literally. */
  public String highlightLiteral(String text, String term) {
    Pattern pattern = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE);
    return pattern.matcher(HtmlUtils.htmlEscape(text)).replaceAll("<mark>$0</mark>");
  }
}

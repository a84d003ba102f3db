package com.acme.storefront.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/products")
class ProductController {

  private final ProductService products;
  private final CatalogFeedService feed;

  ProductController(ProductService products, CatalogFeedService feed) {
    this.products = products;
    this.feed = feed;
  }

  @GetMapping
  String list(@ModelAttribute ProductQuery query, Model model) {
    model.addAttribute("products", products.search(query));
    return "products/list";
  }

  @GetMapping("/category/{category}")
  String category(
      @PathVariable String category,
      @RequestParam(required = false) String sort,
      Model model) {
    model.addAttribute("products", products.browse(category, sort));
    return "products/list";
  }

  @GetMapping("/tag/{tag}")
  String tag(@PathVariable String tag, Model model) {
    model.addAttribute("products", products.tagged(tag));
    return "products/list";
  }

  @GetMapping("/brand")
  String brand(@RequestParam String name, Model model) {
    model.addAttribute("products", products.byBrand(name));
    return "products/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Product product = products.get(id);
    model.addAttribute("product", product);
    model.addAttribute("reviews", products.reviews(id));
    model.addAttribute("stock", feed.stockFor(product.getSku()));
    return "products/detail";
  }

  @GetMapping("/search")
  String search(@RequestParam("q") String term, Model model) {
    model.addAttribute("q", term);
    model.addAttribute(
        "results",
        products.search(new ProductQuery(term, null, null, 20)).stream()
            .map(p -> products.highlight(p.getName(), term))
            .toList());
    return "products/search";
  }

  @GetMapping("/availability")
  String availability(@RequestParam String sku, Model model) {
    model.addAttribute("sku", sku);
    model.addAttribute("stock", feed.stockForSupplierSku(sku));
    return "products/availability";
  }
}

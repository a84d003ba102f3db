package com.acme.storefront.order;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/orders")
class OrderController {

  private static final Set<String> SORTABLE = Set.of("created_at", "total", "status");

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  @GetMapping
  String list(@ModelAttribute("search") OrderSearchRequest search, Model model) {
    model.addAttribute("orders", orders.search(search));
    return "orders/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("order", orders.find(id));
    model.addAttribute("lines", orders.lines(id));
    return "orders/detail";
  }

  @GetMapping("/by-status")
  String byStatus(
      @RequestParam String status,
      @RequestParam(defaultValue = "created_at") String sort,
      Model model) {
    String column = SORTABLE.contains(sort) ? sort : "created_at";
    model.addAttribute("orders", orders.byStatus(status, column));
    return "orders/list";
  }

  @GetMapping("/summary")
  String summary(@RequestParam String status, Model model) {
    model.addAttribute("summaries", orders.summaries(orders.byStatus(status, "created_at")));
    return "orders/summary";
  }

  @PostMapping("/{id}/cancel")
  String cancel(@PathVariable long id, @RequestParam(required = false) String returnUrl) {
    orders.cancel(id);
    if (returnUrl != null && !returnUrl.isBlank()) {
      return "redirect:" + returnUrl; // vuln: open-redirect
    }
    return "redirect:/orders";
  }

  @PostMapping("/{id}/notes")
  String addNote(@PathVariable long id, @RequestParam String note, @RequestParam String back) {
    orders.addNote(id, note);
    String target = "detail".equals(back) ? "/orders/" + id : "/orders";
    return "redirect:" + target;
  }
}

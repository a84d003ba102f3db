package com.acme.storefront.cart;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/cart")
class CartController {

  private static final String CART_COOKIE = "ACME_CART";

  private final CartCookieCodec codec;

  CartController(CartCookieCodec codec) {
    this.codec = codec;
  }

  @GetMapping
  String view(@CookieValue(name = CART_COOKIE, required = false) String cartCookie, Model model) {
    model.addAttribute("cart", cartCookie == null ? new Cart() : codec.decode(cartCookie));
    return "cart/view";
  }

  @PostMapping("/add")
  String add(
      @CookieValue(name = CART_COOKIE, required = false) String cartCookie,
      @RequestParam String sku,
      @RequestParam(defaultValue = "1") int quantity,
      HttpServletResponse response) {
    Cart cart = cartCookie == null ? new Cart() : codec.decode(cartCookie);
    cart.add(sku, Math.max(1, quantity));
    ResponseCookie cookie =
        ResponseCookie.from(CART_COOKIE, codec.encode(cart))
            .httpOnly(true)
            .secure(true)
            .sameSite("Lax")
            .maxAge(Duration.ofDays(14))
            .path("/")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    return "redirect:/cart";
  }

  @PostMapping("/clear")
  String clear(HttpServletResponse response) {
    Cookie gone = new Cookie(CART_COOKIE, "");
    gone.setMaxAge(0);
    gone.setPath("/");
    gone.setSecure(true);
    gone.setHttpOnly(true);
    response.addCookie(gone);
    return "redirect:/cart";
  }
}

package com.acme.storefront.cart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Keeps an anonymous shopper's cart in a cookie so it survives without a session. */
@Component
class CartCookieCodec {

  String encode(Cart cart) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cart);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().encodeToString(bytes.toByteArray());
  }

  Cart decode(String cookieValue) {
    byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
      return (Cart) in.readObject(); // vuln: unsafe-deserialization
    } catch (IOException | ClassNotFoundException e) {
      return new Cart();
    }
  }
}

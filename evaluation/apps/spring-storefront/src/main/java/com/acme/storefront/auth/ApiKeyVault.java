package com.acme.storefront.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Encrypts partner API keys before they are stored in the partners table. */
@Component
class ApiKeyVault {

  private final SecretKey key;

  ApiKeyVault(@Value("${storefront.vault-key}") String base64Key) {
    this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key), "DES");
  }

  String seal(String apiKey) {
    try {
      Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding"); // vuln: weak-cipher
      cipher.init(Cipher.ENCRYPT_MODE, key);
      return Base64.getEncoder().encodeToString(cipher.doFinal(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal api key", e);
    }
  }

  String open(String sealed) {
    try {
      Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding"); // vuln: weak-cipher
      cipher.init(Cipher.DECRYPT_MODE, key);
      return new String(cipher.doFinal(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open api key", e);
    }
  }
}

package eval.random;

import java.security.SecureRandom;
import java.util.Base64;

public class SecureToken {
  private final SecureRandom random = new SecureRandom();

  public String newApiToken() {
    byte[] token = new byte[32];
    random.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }
}

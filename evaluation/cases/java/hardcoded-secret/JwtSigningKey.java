package eval.secret;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

public class JwtSigningKey {
  private final String signingSecret = "q9V2xL7pR4tZ8wK1mN6bC3dF0hJ5sA2e"; // expect: hardcoded-secret

  public SecretKeySpec key() {
    return new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }
}

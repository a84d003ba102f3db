package dev.reviewpanel.security.secrets;

import java.util.List;
import java.util.Set;

/**
 * Names that hold security data (tokens, passwords, salts, session ids, one-time codes): a random
 * value that ends up in such a name must come from a cryptographic generator.
 */
public final class SecurityNames {

  private static final Set<String> SECURITY_WORDS =
      Set.of(
          "token",
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "salt",
          "session",
          "sessionid",
          "sid",
          "nonce",
          "otp",
          "totp",
          "csrf",
          "xsrf",
          "iv",
          "credential",
          "credentials",
          "apikey",
          "captcha",
          "verification",
          "remember",
          "rememberme");
  // "code", "pin", "key", "id" and "link" are security data only with a qualifier: resetCode.
  private static final Set<String> QUALIFIED_WORDS = Set.of("code", "pin", "link", "key", "id");
  private static final Set<String> QUALIFIERS =
      Set.of(
          "reset",
          "verification",
          "verify",
          "activation",
          "auth",
          "confirmation",
          "recovery",
          "invite",
          "invitation",
          "login",
          "otp",
          "mfa",
          "twofactor",
          "security",
          "session",
          "api",
          "access",
          "signing",
          "encryption",
          "unlock",
          "magic",
          "one",
          "sms",
          "email",
          "promo",
          "coupon",
          "voucher",
          "gift");

  private SecurityNames() {}

  /** True when {@code identifier} names a token, password, key, salt, session id or similar. */
  public static boolean isSecurityName(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return false;
    }
    List<String> words = SecretNames.words(identifier);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (SECURITY_WORDS.contains(word)
          || (QUALIFIED_WORDS.contains(word) && i > 0 && QUALIFIERS.contains(words.get(i - 1)))) {
        return true;
      }
    }
    return SecretNames.isSecret(identifier);
  }
}

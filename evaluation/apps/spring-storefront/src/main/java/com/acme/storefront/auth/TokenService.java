package com.acme.storefront.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
class TokenService {

  private static final String SIGNING_SECRET = "acme-storefront-7f3c9b2e1d4a6085"; // vuln: hardcoded-secret

  private final Random random = new Random();
  private final SecureRandom secureRandom = new SecureRandom();
  private final Algorithm algorithm = Algorithm.HMAC256(SIGNING_SECRET);

  String issueAccessToken(String subject, String role) {
    return JWT.create()
        .withSubject(subject)
        .withClaim("role", role)
        .withExpiresAt(Instant.now().plus(1, ChronoUnit.HOURS))
        .sign(algorithm);
  }

  /** Six-digit code mailed to the shopper for a password reset. */
  String newResetCode() {
    int code = 100000 + random.nextInt(900000); // vuln: insecure-random
    return Integer.toString(code);
  }

  /** Long-lived remember-me token; stored hashed, handed to the browser in clear. */
  String newRememberMeToken() {
    byte[] bytes = new byte[32];
    secureRandom.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Legacy shopper passwords; new accounts go through the password encoder. */
  String legacyPasswordHash(String password, String salt) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5"); // vuln: weak-hash
      md.update(salt.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String rememberMeDigest(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Algorithm algorithm() {
    return algorithm;
  }
}

package dev.reviewpanel.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook authenticity checks, all in constant time so timing reveals nothing of the secret. */
public final class Signatures {

  private static final String PREFIX = "sha256=";

  private Signatures() {}

  /** GitHub's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the body. */
  public static boolean hmacSha256Matches(String secret, byte[] body, String header) {
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return false;
    }
    byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given =
        header
            .substring(PREFIX.length())
            .strip()
            .toLowerCase(Locale.ROOT)
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** GitLab's {@code X-Gitlab-Token}: compared as digests, so neither length nor prefix leaks. */
  public static boolean tokenMatches(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(digest(expected), digest(given));
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code secret}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}

package dev.reviewpanel.code.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of text, in hex: what cache keys and configuration digests are made of. */
public final class ContentDigest {

  private ContentDigest() {}

  public static String of(String text) {
    return of(List.of(text));
  }

  /** The digest of {@code parts} in order, each ended by a NUL so no two lists collide. */
  public static String of(Iterable<String> parts) {
    MessageDigest sha = sha256();
    for (String part : parts) {
      sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

package dev.reviewpanel.security.secrets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a finding describes a secret it cannot show: its kind and length ("a 40-character
 * high-entropy value", "a value in the format of a GitHub token"), never its characters.
 */
public final class ValueShape {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final int HIGH_ENTROPY_LENGTH = 16;
  private static final double HIGH_ENTROPY_BITS = 3.5;

  private ValueShape() {}

  /** "a value in the format of a Slack token", "a 32-character hex value", ... */
  public static String of(String value) {
    String trimmed = value.strip();
    Optional<String> token = SecretValues.tokenShape(trimmed);
    if (token.isPresent()) {
      return "a value in the format of a " + token.get();
    }
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length >= HIGH_ENTROPY_LENGTH && HEX.matcher(trimmed).matches()) {
      return "a " + length + "-character hex value";
    }
    if (isHighEntropy(trimmed)) {
      return "a " + length + "-character high-entropy value";
    }
    if (trimmed.contains(" ")) {
      return "a " + length + "-character passphrase";
    }
    return "a " + length + "-character value";
  }

  /** True for a long value of mixed characters, as generated keys are. */
  public static boolean isHighEntropy(String value) {
    return value.length() >= HIGH_ENTROPY_LENGTH && bitsPerCharacter(value) >= HIGH_ENTROPY_BITS;
  }

  private static double bitsPerCharacter(String value) {
    int[] counts = new int[128];
    int other = 0;
    for (char c : value.toCharArray()) {
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += entropyOf(count, value.length());
    }
    return bits + entropyOf(other, value.length());
  }

  private static double entropyOf(int count, int total) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / total;
    return -p * Math.log(p) / Math.log(2);
  }
}

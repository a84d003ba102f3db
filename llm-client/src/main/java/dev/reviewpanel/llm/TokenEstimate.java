package dev.reviewpanel.llm;

/**
 * A provider-independent token estimate (about four characters of code per token), used to size
 * chunks before a call and when a provider reports no usage.
 */
final class TokenEstimate {

  private TokenEstimate() {}

  static long of(String text) {
    return text == null ? 0 : (text.length() + 3) / 4;
  }
}

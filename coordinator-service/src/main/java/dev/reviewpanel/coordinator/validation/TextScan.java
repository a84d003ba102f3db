package dev.reviewpanel.coordinator.validation;

/**
 * One pass over a text: its UTF-8 size, whether it holds NUL bytes or broken surrogates, and its
 * longest line in characters with that line's 1-based number.
 */
record TextScan(
    long utf8Bytes,
    boolean hasNul,
    boolean hasBrokenSurrogate,
    int longestLine,
    int longestLineNumber) {

  static TextScan of(String text) {
    long bytes = 0;
    boolean nul = false;
    boolean broken = false;
    int longest = 0;
    int longestNumber = 1;
    int line = 1;
    int current = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (current > longest) {
          longest = current;
          longestNumber = line;
        }
        line++;
        current = 0;
        bytes++;
        continue;
      }
      current++;
      if (c == 0) {
        nul = true;
      }
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        broken = true;
        bytes += 3;
      } else {
        bytes += 3;
      }
    }
    if (current > longest) {
      longest = current;
      longestNumber = line;
    }
    return new TextScan(bytes, nul, broken, longest, longestNumber);
  }
}

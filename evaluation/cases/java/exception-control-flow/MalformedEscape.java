class MalformedEscape {

  // A truncated or malformed %-escape is kept as text: input validation, not the loop's exit.
  static String decode(String url) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%') {
        try {
          out.append((char) Integer.parseInt(url.substring(i + 1, i + 3), 16));
          i += 2;
          continue;
        } catch (IndexOutOfBoundsException | NumberFormatException malformed) {
          // keep the '%' literally
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}

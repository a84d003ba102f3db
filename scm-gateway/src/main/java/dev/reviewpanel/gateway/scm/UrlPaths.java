package dev.reviewpanel.gateway.scm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of the parts of provider URLs that come from repositories and files. */
public final class UrlPaths {

  private UrlPaths() {}

  /** One path segment or query value: every reserved character encoded, {@code /} too. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A path of several segments: each encoded, the slashes kept. */
  public static String encodePath(String path) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (!encoded.isEmpty()) {
        encoded.append('/');
      }
      encoded.append(encode(segment));
    }
    return encoded.toString();
  }

  /** The base URL without a trailing slash. */
  public static String base(java.net.URI apiUrl) {
    String text = apiUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}

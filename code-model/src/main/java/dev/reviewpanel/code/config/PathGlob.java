package dev.reviewpanel.code.config;

import java.util.regex.Pattern;

/**
 * A glob over slash-separated paths, with git's meaning: {@code *} and {@code ?} within a segment,
 * {@code **} across segments, {@code [..]} sets, {@code \} escapes. The ignore files of {@code
 * analyze} and the path keys of {@code .review-panel.yml} both use it.
 */
public record PathGlob(String glob, Pattern pattern) {

  /**
   * A glob of {@code .review-panel.yml}: relative to the repository root, at any depth when it has
   * no {@code /} (other than a trailing one), and covering everything below a directory it names.
   */
  public static PathGlob of(String glob) {
    String body = glob.startsWith("/") ? glob.substring(1) : glob;
    boolean anywhere = !glob.startsWith("/") && body.indexOf('/') < 0 || body.startsWith("**/");
    if (body.endsWith("/")) {
      body = body.substring(0, body.length() - 1);
    }
    String regex = (anywhere && !body.startsWith("**/") ? "(?:.*/)?" : "") + regex(body);
    return new PathGlob(glob, Pattern.compile(regex + "(?:/.*)?"));
  }

  public boolean matches(String path) {
    return pattern.matcher(path.replace('\\', '/')).matches();
  }

  /** The regular expression of one glob, anchored nowhere: callers add what their syntax means. */
  public static String regex(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (glob.startsWith("/**", i) && i + 3 == glob.length()) {
        regex.append("/.*");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
        int end = glob.indexOf(']', i + 2);
        String set = glob.substring(i + 1, end).replace("\\", "\\\\");
        regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
        i = end + 1;
      } else if (c == '\\' && i + 1 < glob.length()) {
        regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
        i += 2;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return regex.toString();
  }
}

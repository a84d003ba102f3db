package dev.reviewpanel.code.config;

import dev.reviewpanel.code.scope.GlobRegex;
import java.util.regex.Pattern;

/**
 * A glob of {@code .review-panel.yml} over slash-separated paths ({@link GlobRegex}'s syntax), with
 * the pattern it compiles to.
 */
public record PathGlob(String glob, Pattern pattern) {

  /**
   * A glob of {@code .review-panel.yml}: relative to the repository root, at any depth when it has
   * no {@code /} (other than a trailing one), and covering everything below a directory it names.
   */
  public static PathGlob of(String glob) {
    String body = glob.startsWith("/") ? glob.substring(1) : glob;
    if (body.endsWith("/")) {
      body = body.substring(0, body.length() - 1);
    }
    boolean anywhere = !glob.startsWith("/") && body.indexOf('/') < 0;
    String regex = (anywhere ? "(?:.*/)?" : "") + GlobRegex.of(body);
    return new PathGlob(glob, Pattern.compile(regex + "(?:/.*)?"));
  }

  public boolean matches(String path) {
    return pattern.matcher(path.replace('\\', '/')).matches();
  }
}

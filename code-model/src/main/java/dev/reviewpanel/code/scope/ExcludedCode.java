package dev.reviewpanel.code.scope;

import java.util.Optional;

/**
 * The one place that decides which files are third-party, minified or generated code and so are not
 * analyzed unless a review asks for them ({@code includeVendored}): the workers, the offline {@code
 * analyze} and diff reviews all ask here. Path rules come first and need no content; the content
 * checks (a generated-code header, a minified shape, a trailing source map reference) read only the
 * first lines, the last line, one pass of line lengths and, when those look hand-written, one count
 * of spaces and statement marks, so a 500 KB file costs about a millisecond.
 */
public final class ExcludedCode {

  private ExcludedCode() {}

  /**
   * Why {@code path} is excluded, or empty when it is the project's own code.
   *
   * @param content the file's text, or null to judge by the path alone (a file no analyzer reads)
   */
  public static Optional<Exclusion> of(String path, String content) {
    Optional<Exclusion> byPath = VendoredPaths.match(path);
    if (byPath.isPresent() || content == null) {
      return byPath;
    }
    return GeneratedMarkers.find(content).or(() -> MinifiedShape.of(content));
  }

  /**
   * Why every file below the directory {@code path} would be excluded (a {@code node_modules/} or
   * {@code dist/} directory), or empty: lets a walker skip such a tree and list it once.
   */
  public static Optional<Exclusion> ofDirectory(String path) {
    return VendoredPaths.match(path + "/_");
  }
}

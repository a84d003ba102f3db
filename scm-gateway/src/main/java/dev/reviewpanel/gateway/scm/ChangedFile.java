package dev.reviewpanel.gateway.scm;

/**
 * One file a pull request changes.
 *
 * @param previousPath the path before a rename, else the path
 * @param patch the hunks of the change ({@code @@ ... @@} and the lines), null when the provider
 *     sends none (binary, or too large to show)
 */
public record ChangedFile(String path, String previousPath, Change change, String patch) {

  public enum Change {
    ADDED,
    MODIFIED,
    RENAMED,
    REMOVED
  }
}

package dev.reviewpanel.events;

/**
 * Per-review switches, carried from the request to every task.
 *
 * @param includeVendored analyze vendored, minified and generated files too (excluded by default)
 * @param wholeFile with a diff, keep findings anywhere in the changed files, not only on changed
 *     lines
 */
public record ReviewOptions(Boolean includeVendored, Boolean wholeFile) {

  /** The defaults: vendored code excluded, findings only on changed lines. */
  public static final ReviewOptions DEFAULTS = new ReviewOptions(false, false);

  public ReviewOptions {
    includeVendored = includeVendored != null && includeVendored;
    wholeFile = wholeFile != null && wholeFile;
  }
}

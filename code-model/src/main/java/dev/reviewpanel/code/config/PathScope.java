package dev.reviewpanel.code.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code paths} of {@code .review-panel.yml}: files matching an exclude glob, or no include
 * glob when some are given, are not analyzed.
 */
public record PathScope(List<PathGlob> include, List<PathGlob> exclude) {

  public static final PathScope ALL = new PathScope(List.of(), List.of());

  public PathScope {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** Why {@code path} is left out, or empty when it is analyzed. */
  public Optional<String> exclusion(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (PathGlob glob : exclude) {
      if (glob.matches(path)) {
        return Optional.of("excluded by paths.exclude '" + glob.glob() + "' of .review-panel.yml");
      }
    }
    if (!include.isEmpty() && include.stream().noneMatch(glob -> glob.matches(path))) {
      return Optional.of("not matched by paths.include of .review-panel.yml");
    }
    return Optional.empty();
  }
}

package dev.reviewpanel.code.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A repository configuration that cannot be used as written. Its message names the file, and each
 * problem's key and line: a review fails with it instead of falling back to defaults.
 */
public final class InvalidConfigException extends RuntimeException {

  private final transient List<ConfigProblem> problems;

  public InvalidConfigException(String origin, List<ConfigProblem> problems) {
    super(message(origin, problems));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String message(String origin, List<ConfigProblem> problems) {
    return origin
        + " is invalid: "
        + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; "));
  }
}

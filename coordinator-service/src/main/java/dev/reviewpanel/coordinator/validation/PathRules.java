package dev.reviewpanel.coordinator.validation;

import java.util.regex.Pattern;

/** Paths must be relative, forward-slashed and stay inside the review root. */
final class PathRules {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final int MAX_LENGTH = 1024;

  private PathRules() {}

  /** Why {@code path} is not acceptable, or null when it is. */
  static String problem(String path) {
    if (path == null || path.isEmpty()) {
      return "path must not be empty";
    }
    if (path.length() > MAX_LENGTH) {
      return "path is longer than " + MAX_LENGTH + " characters";
    }
    if (path.startsWith("/")) {
      return "path must be relative, not absolute: " + path;
    }
    if (path.indexOf('\\') >= 0) {
      return "path must use forward slashes: " + path;
    }
    if (DRIVE.matcher(path).matches()) {
      return "path must not start with a drive letter: " + path;
    }
    if (path.chars().anyMatch(Character::isISOControl)) {
      return "path must not contain control characters";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "path must not contain empty, '.' or '..' segments: " + path;
      }
    }
    return null;
  }
}

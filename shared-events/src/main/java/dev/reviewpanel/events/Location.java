package dev.reviewpanel.events;

/** Where a finding sits: a file path relative to the review root and a 1-based line range. */
public record Location(String path, int startLine, int endLine) {

  public Location {
    if (endLine < startLine) {
      endLine = startLine;
    }
  }

  public static Location line(String path, int line) {
    return new Location(path, line, line);
  }
}

package dev.reviewpanel.events;

/** An inclusive, 1-based range of lines. */
public record LineRange(int start, int end) {

  public boolean contains(int line) {
    return line >= start && line <= end;
  }
}

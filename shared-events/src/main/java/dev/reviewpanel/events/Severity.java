package dev.reviewpanel.events;

/** How much a finding matters, most severe first; {@link #ordinal()} orders by severity. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  /** True when this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}

package dev.reviewpanel.events;

/** How sure the analyzer is that a finding is real, most confident first. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW
}

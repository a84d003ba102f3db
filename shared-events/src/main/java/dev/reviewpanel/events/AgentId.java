package dev.reviewpanel.events;

import java.util.regex.Pattern;

/**
 * An agent's id: an open set (security, bug, performance, and whatever a deployment adds), so
 * lowercase letters, digits and dashes rather than an enum.
 */
public record AgentId(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public AgentId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "agent id must match " + VALID.pattern() + " but was '" + value + "'");
    }
  }

  public static AgentId of(String value) {
    return new AgentId(value);
  }

  public static boolean isValid(String value) {
    return value != null && VALID.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}

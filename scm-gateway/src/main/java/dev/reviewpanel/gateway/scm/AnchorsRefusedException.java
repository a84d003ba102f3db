package dev.reviewpanel.gateway.scm;

import java.util.List;

/**
 * The provider would not place some inline comments on the diff (the line is not part of it, as the
 * provider computed the diff): those findings belong in the summary instead.
 */
public class AnchorsRefusedException extends RuntimeException {

  private final transient List<InlineComment> refused;

  public AnchorsRefusedException(String message, List<InlineComment> refused) {
    super(message);
    this.refused = List.copyOf(refused);
  }

  public List<InlineComment> refused() {
    return refused;
  }
}

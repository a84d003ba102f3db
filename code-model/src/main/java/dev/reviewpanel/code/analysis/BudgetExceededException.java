package dev.reviewpanel.code.analysis;

import java.time.Instant;

/**
 * Thrown by {@link Budget#checkpoint()} when an analyzer ran past the time budget. Analyzers let it
 * propagate; the engine records the file as cut off and keeps the other analyzers' findings.
 */
public final class BudgetExceededException extends RuntimeException {

  public BudgetExceededException(Instant deadline) {
    super("time budget ran out at " + deadline, null, false, false);
  }
}

package dev.reviewpanel.code.analysis;

import java.time.Clock;
import java.time.Instant;

/**
 * The time an analyzer has left on the current file. Long-running analyzers call {@link
 * #checkpoint()} inside their loops and tree walks ({@link SyntaxTree#walk} already does); once the
 * deadline has passed, or the engine gave up on the analyzer, it throws {@link
 * BudgetExceededException} and the engine records the file as cut off instead of waiting. Cheap
 * enough for every node: the clock is read once every {@value #CALLS_PER_CLOCK_READ} calls. Belongs
 * to one analysis thread; {@link #expire()} is the only method other threads call.
 */
public final class Budget {

  static final int CALLS_PER_CLOCK_READ = 64;
  private static final Budget UNLIMITED = new Budget(Instant.MAX, Clock.systemUTC());
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private final Instant deadline;
  private final Clock clock;
  private volatile boolean expired;
  private int calls;

  Budget(Instant deadline, Clock clock) {
    this.deadline = deadline;
    this.clock = clock;
  }

  /** A budget that never runs out, for analysis outside an engine (tests, tools). */
  public static Budget unlimited() {
    return UNLIMITED;
  }

  /**
   * The budget of the analyzer running on this thread, or {@link #unlimited()}: for code deep in a
   * walk that has no {@link ParsedFile} at hand.
   */
  public static Budget current() {
    Budget budget = CURRENT.get();
    return budget == null ? UNLIMITED : budget;
  }

  /** Throws {@link BudgetExceededException} once the deadline has passed or the run was stopped. */
  public void checkpoint() {
    if (expired) {
      throw new BudgetExceededException(deadline);
    }
    if (++calls % CALLS_PER_CLOCK_READ == 0 && this != UNLIMITED && isOver()) {
      expired = true;
      throw new BudgetExceededException(deadline);
    }
  }

  /** True when the deadline has passed or the run was stopped; never throws. */
  public boolean isOver() {
    return expired || !clock.instant().isBefore(deadline);
  }

  public Instant deadline() {
    return deadline;
  }

  /** Makes every later checkpoint throw: the engine has stopped waiting for this analyzer. */
  void expire() {
    expired = true;
  }

  /** Makes {@code budget} the thread's {@link #current()} one until the returned scope closes. */
  static Scope enter(Budget budget) {
    Budget outer = CURRENT.get();
    CURRENT.set(budget);
    return () -> {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    };
  }

  /** Restores the thread's previous budget. */
  interface Scope extends AutoCloseable {

    @Override
    void close();
  }
}

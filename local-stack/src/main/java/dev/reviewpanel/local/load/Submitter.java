package dev.reviewpanel.local.load;

/** Offers one review to the pipeline and records in the tally what came of it. */
interface Submitter extends AutoCloseable {

  /**
   * Sends the {@code index}-th review as {@code reviewId}; {@code intendedMillis} is when the
   * schedule meant it to go out (epoch ms), latencies count from there.
   */
  void submit(String reviewId, long index, long intendedMillis, StepTally tally);

  /** Whether {@link #submit} blocks until answered, so the driver must call it off its clock. */
  boolean blocking();

  @Override
  void close();
}

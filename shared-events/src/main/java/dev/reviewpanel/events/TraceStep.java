package dev.reviewpanel.events;

/**
 * One step of the path untrusted data takes to a sink, for taint findings (SARIF {@code
 * codeFlows}).
 *
 * @param path the file of this step (a trace may cross files of the same review)
 * @param line the 1-based line of this step
 * @param kind where in the trace this step sits
 * @param label what happens here, e.g. {@code "request parameter 'id'"}, {@code "passed to
 *     OrderService.find(id)"}, {@code "concatenated into SQL"}
 */
public record TraceStep(String path, int line, Kind kind, String label) {

  /** Where a step sits in a trace. */
  public enum Kind {
    /** Where the untrusted data enters. */
    SOURCE,
    /** An assignment, call, return or string operation the data passes through. */
    STEP,
    /** The dangerous call that receives it. */
    SINK
  }
}

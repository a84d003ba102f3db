package dev.reviewpanel.code.analysis;

/**
 * Thrown by an analyzer that could not finish for a reason that may pass on its own (an LLM
 * timeout, a rate limit, a remote service restarting). Unlike any other exception, it is not
 * recorded as a problem of that analyzer: it aborts the whole task so the worker retries it later
 * through its retry topics, and dead-letters it once the retries are exhausted.
 */
public class TransientAnalysisException extends RuntimeException {

  public TransientAnalysisException(String message) {
    super(message);
  }

  public TransientAnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.reviewpanel.gateway.jobs;

/** A job record that cannot be read or lacks what its kind needs: never retried. */
public class InvalidJobException extends RuntimeException {

  public InvalidJobException(String message, Throwable cause) {
    super(message, cause);
  }
}

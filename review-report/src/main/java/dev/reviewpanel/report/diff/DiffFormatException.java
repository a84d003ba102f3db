package dev.reviewpanel.report.diff;

/** A unified diff that cannot be read. */
public class DiffFormatException extends RuntimeException {

  public DiffFormatException(int lineNumber, String message) {
    super("line " + lineNumber + ": " + message);
  }
}

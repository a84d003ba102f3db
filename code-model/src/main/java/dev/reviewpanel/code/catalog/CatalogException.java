package dev.reviewpanel.code.catalog;

/** A catalog file that cannot be used; the message names the file and line. */
public final class CatalogException extends RuntimeException {

  private final int line;
  private final String detail;

  public CatalogException(String message) {
    super(message);
    this.line = 0;
    this.detail = message;
  }

  CatalogException(String file, int line, String detail) {
    super(file + ":" + line + ": " + detail);
    this.line = line;
    this.detail = detail;
  }

  /** The 1-based line at fault, 0 when the message does not name one. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String detail() {
    return detail;
  }
}

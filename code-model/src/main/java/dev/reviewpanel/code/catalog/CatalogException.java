package dev.reviewpanel.code.catalog;

/** A catalog file that cannot be used; the message names the file and line. */
public final class CatalogException extends RuntimeException {

  public CatalogException(String message) {
    super(message);
  }
}
